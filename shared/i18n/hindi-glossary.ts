/**
 * One Hindi word for each thing. A reader who meets two words for one idea (बाकी and बाक़ी, केवल
 * and सिर्फ़) wonders whether they mean two things; one who meets a word that means something else
 * (याद for a reminder reads as "missing someone", ऋण for negative reads as "loan") is misled.
 * test/shared/i18n/hindi-glossary.test.ts holds hi.ts to this list, so the next string keeps to it.
 *
 * Where a user may quote the regulation (breaches, flags, findings, complaints, rights), the
 * everyday word comes first and the gazette's term (Hindi text of the Sixth Amendment, 2013) once
 * beside it, e.g. "सेफ़ कस्टडी (सुरक्षित अभिरक्षा)".
 */
export interface GlossaryEntry {
  /** The idea, in English. */
  idea: string;
  /** The word the app uses. */
  use: string;
  /** Words that must not stand for it, as patterns over the Hindi text. */
  avoid: RegExp[];
}

export const HINDI_GLOSSARY: readonly GlossaryEntry[] = [
  { idea: 'advance rent (reg 13(4))', use: 'अग्रिम किराया', avoid: [/पहले से भर[ाे] किरा/] },
  { idea: 'last use', use: 'आख़िरी इस्तेमाल', avoid: [/पिछला इस्तेमाल/] },
  { idea: 'remaining', use: 'बाक़ी', avoid: [/बाकी/] },
  { idea: 'save', use: 'सेव', avoid: [/सहेज/] },
  { idea: 'history (of entries)', use: 'इतिहास', avoid: [/रिकॉर्ड/] },
  { idea: 'only', use: 'सिर्फ़', avoid: [/केवल/] },
  { idea: 'estimated', use: 'अनुमानित', avoid: [/अनुमान(?!ित)/] },
  { idea: 'urgent', use: 'ज़रूरी', avoid: [/तुरंत/] },
  { idea: 'a reminder (noun)', use: 'रिमाइंडर', avoid: [/(?<![\u0900-\u097F])याद(?! दिला)/] },
  { idea: 'the count of days (not a clock)', use: 'गिनती', avoid: [/घड़ी/] },
  { idea: 'negative (of an amount)', use: 'माइनस', avoid: [/ऋण/] },
  { idea: 'whole number', use: 'पूर्ण संख्या', avoid: [/पूरी संख्या/] },
  { idea: 'SIM, always in Latin letters', use: 'SIM', avoid: [/सिम/] },
  { idea: 'download (a file)', use: 'डाउनलोड', avoid: [/निर्यात/, /आयात/] },
  { idea: 'clause 2(aa) as the Hindi gazette numbers it', use: '2(कक)', avoid: [/2\(aa\)/] },
  { idea: 'deactivation: बंद with the gazette word, never बंद alone as a state', use: 'बंद (निष्क्रिय)', avoid: [/^बंद$/] },
  { idea: 'calls barred on the operator’s plan: a रोक, not बंद (kept for deactivation)', use: 'पर रोक', avoid: [/कॉल बंद/] },
  { idea: 'Automatic Number Retention, spelled out once where it is explained', use: 'स्वचालित नंबर प्रतिधारण (ANR)', avoid: [] },
  { idea: 'safe custody, with the gazette term beside it', use: 'सुरक्षित अभिरक्षा', avoid: [] },
  { idea: 'grace period, with the gazette term beside it', use: 'रियायत अवधि', avoid: [] },
  { idea: 'a refund (money the operator pays back)', use: 'रिफ़ंड', avoid: [/रिफंड/, /धनवापसी/] },
  { idea: 'a security deposit (postpaid)', use: 'सिक्योरिटी डिपॉज़िट', avoid: [/डिपॉजिट/, /जमानत/] },
  { idea: 'reactivation, with the gazette term beside it', use: 'पुनर्संक्रियण', avoid: [] },
];
