#!/usr/bin/env node
// The `jianyan` command. The sources are TypeScript; tsx compiles them on load, so there is no
// build step between `npm install` and a working CLI.
import { register } from 'tsx/esm/api';

register();
await import('../src/main.ts');
