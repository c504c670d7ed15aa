import { openDatabase } from '../src/db/open.ts';
import { checkText } from '../src/routes/check/text.ts';

const db = openDatabase('data/ledger.db');
const texts = [
  '张掖市比武威市多5亿元,是前者的3倍,'.repeat(100).slice(0, 2000),
  '武威市2023年到位资金约429亿元,'.repeat(100).slice(0, 2000),
];
for (const t of texts) {
  checkText(db, t);
  const s = performance.now();
  for (let i = 0; i < 5; i++) checkText(db, t);
  console.log(((performance.now() - s) / 5).toFixed(1), 'ms');
}
