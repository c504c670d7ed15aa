import { buildApp } from '../src/app.ts';
import { openDatabase } from '../src/db/open.ts';

const db = openDatabase('.bench/ledger.db');
const app = await buildApp({ db, rateLimitMax: 0, maxEventLoopDelay: 0, answerCacheBytes: 0 });
const u = process.argv[2];
for (let i = 0; i < 300; i++) await app.inject(u);
const t = process.cpuUsage();
for (let i = 0; i < 3000; i++) await app.inject(u);
const d = process.cpuUsage(t);
console.log(Math.round((d.user + d.system) / 3000), 'µs/req');
