import { describeFindingCase } from './finding-case';

describeFindingCase('deactivated_with_balance');
