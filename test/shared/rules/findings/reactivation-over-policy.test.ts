import { describeFindingCase } from './finding-case';

describeFindingCase('reactivation_over_policy');
