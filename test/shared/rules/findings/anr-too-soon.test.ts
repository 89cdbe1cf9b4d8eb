import { describeFindingCase } from './finding-case';

describeFindingCase('anr_too_soon');
