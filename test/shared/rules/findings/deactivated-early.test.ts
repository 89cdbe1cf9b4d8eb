import { describeFindingCase } from './finding-case';

describeFindingCase('deactivated_early');
