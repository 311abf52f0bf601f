/**
 * `npm run env-example`: writes .env.example from the settings modules, the one place each variable
 * is declared. A test keeps the committed file equal to this output.
 */
import fs from 'node:fs';
import path from 'node:path';
import { envExample } from './lib/env-example.ts';

const file = path.resolve(import.meta.dirname, '..', '.env.example');
fs.writeFileSync(file, envExample());
console.log('Skrev .env.example.');
