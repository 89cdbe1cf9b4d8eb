import { describeFindingCase } from './finding-case';

describeFindingCase('safe_custody_over_limit');
