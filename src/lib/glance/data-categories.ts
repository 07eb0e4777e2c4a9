// The kinds of data "At a glance" sorts editors' items into, in English. It is data, not code: the
// English dictionary (src/i18n/en.ts) holds it as `glance.dataCategories`, and the matching is in
// ./categories.ts.
import type { DataCategory } from './categories.ts';

/**
 * The kinds of data "What information" names instead of each item, matched by whole words (plurals
 * too; the longest keyword wins). Drawn from the example notices, the test fixtures and the synthetic
 * corpus; an item that matches none is shown as written, so a gap here loses nothing.
 */
export const ENGLISH_DATA_CATEGORIES: readonly DataCategory[] = [
	{ label: 'contact details', keywords: ['name', 'first name', 'contact details', 'address', 'postal address', 'email', 'email address', 'phone', 'phone number', 'telephone', 'postcode', 'town'] },
	{ label: 'emergency contacts', keywords: ['emergency contact', 'in an emergency', 'next of kin'] },
	{ label: 'identity details', keywords: ['date of birth', 'age', 'sex', 'nationality', 'National Insurance number', 'NHS number', 'passport', 'driving licence', 'proof of identity', 'identity', 'ID', 'who you are', 'information that identifies you'] },
	{ label: 'online identifiers and device information', keywords: ['IP address', 'browser', 'browser type', 'device', 'device type', 'type of device', 'cookie', 'cookie information', 'visitor identifier', 'visitor number', 'referring website', 'technical information'] },
	{ label: 'how you use our services', keywords: ['page', 'pages you visit', 'pages visited', 'page visits', 'clicks', 'scrolling', 'usage', 'your use', 'logs', 'building access', 'stopped watching'] },
	{ label: 'your account', keywords: ['account', 'account details', 'customer number', 'password', 'sign-in'] },
	{ label: 'what you tell us', keywords: ['message', 'chat', 'webchat', 'typed', 'comment', 'complaint', 'feedback', 'form', 'request', 'enquiry', 'enquiries', 'question', 'survey', 'report', 'what you tell us', 'reason you give', 'reason you got in touch', 'whatever you write', 'other people’s application', "other people's application"] },
	{ label: 'financial details', keywords: ['payment', 'payment reference', 'paid', 'pay', 'card', 'bank', 'bank details', 'direct debit', 'income', 'savings', 'money', 'arrears', 'credit history', 'donation', 'gift', 'gift aid', 'expenses', 'salary', 'allowances', 'overtime', 'payroll', 'deductions', 'tax code', 'pension', 'pension membership', 'pension scheme membership'] },
	{ label: 'employment details', keywords: ['job title', 'working pattern', 'contract', 'hours', 'employment', 'employment details', 'start date', 'leaving date', 'holiday', 'leave', 'absence', 'appraisal', 'grievance', 'capability', 'disciplinary', 'right to work', 'health and safety'] },
	{ label: 'qualifications and experience', keywords: ['work history', 'qualifications', 'training', 'experience', 'CV', 'professional registration'] },
	{ label: 'your application', keywords: ['application', 'covering letter', 'interview', 'reference', 'referee', 'panel scores', 'assessors', 'practical tests'] },
	{ label: 'education records', keywords: ['course', 'timetable', 'attendance', 'marks', 'predicted grades', 'exam', 'exam results', 'lesson', 'bursary', 'learning', 'Education, Health and Care plan'] },
	{ label: 'images and recordings', keywords: ['photo', 'image', 'CCTV', 'recording', 'video', 'footage'] },
	{ label: 'details of your home', keywords: ['home', 'property', 'tenancy', 'council tax band', 'heating system', 'people you live with', 'bins'] },
	{ label: 'your energy supply', keywords: ['meter', 'meter reading', 'smart meter', 'meter point number', 'meter serial number', 'supply details', 'energy'] },
	{ label: 'what you buy', keywords: ['order', 'ordered', 'purchase', 'installation', 'warranty'] },
	{ label: 'location', keywords: ['location', 'your phone is on', 'area you can travel to'] },
	{ label: 'interests and preferences', keywords: ['interests', 'interested', 'hobbies', 'topics', 'preferences', 'preferred', 'settings', 'would like', 'home visits'] },
	{ label: 'support needs', keywords: ['need', 'adjustments', 'extra support', 'extra help', 'why you might like'] },
	{ label: 'your membership', keywords: ['membership', 'member', 'committee'] },
	{ label: 'when you joined or left', keywords: ['you joined', 'you left'] },
	{ label: 'your contact with us', keywords: ['contact history', 'call', 'phone call', 'appointment', 'booking', 'check-in', 'check in'] },
	{ label: 'notes about you', keywords: ['note', 'tells us about', 'record of what we shared'] },
	{ label: 'safeguarding concerns', keywords: ['safeguarding', 'harm', 'abuse', 'neglect', 'your safety'] },
	{ label: 'criminal records', keywords: ['criminal', 'conviction', 'DBS', 'barred'] },
	{ label: 'background checks', keywords: ['check', 'fraud prevention', 'whether it was clear'] },
	{ label: 'publicly available information', keywords: ['publicly available'] },
	{ label: 'statistics', keywords: ['statistics', 'numbers about our service'] },
	{ label: 'health', special: true, keywords: ['health', 'medical', 'medicine', 'allergies', 'disability', 'sickness', 'long-term conditions', 'health conditions'] },
	{ label: 'ethnicity', special: true, keywords: ['ethnicity', 'ethnic origin', 'race', 'racial'] },
	{ label: 'religion or belief', special: true, keywords: ['religion', 'religious', 'belief'] },
	{ label: 'sexual orientation', special: true, keywords: ['sexual orientation', 'sex life'] },
	{ label: 'trade union membership', special: true, keywords: ['trade union', 'trade union membership'] },
	{ label: 'political opinions', special: true, keywords: ['political opinion'] },
	{ label: 'genetic data', special: true, keywords: ['genetic', 'DNA'] },
	{ label: 'biometric data', special: true, keywords: ['biometric', 'fingerprint', 'facial recognition'] },
];
