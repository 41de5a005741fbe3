import { readQuestion } from './src/coach/core/understand.js';
for (const q of process.argv.slice(2)) { const f = readQuestion(q); console.log(q, '=>', f.form, f.intents, f.stations); }
