import { describeFindingCase } from './finding-case';

describeFindingCase('anr_before_period_end');
