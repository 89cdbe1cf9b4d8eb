import { describeFindingCase } from './finding-case';

describeFindingCase('anr_sms_missing');
