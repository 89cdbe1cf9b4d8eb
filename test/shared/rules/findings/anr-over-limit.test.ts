import { describeFindingCase } from './finding-case';

describeFindingCase('anr_over_limit');
