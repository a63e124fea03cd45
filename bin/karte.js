#!/usr/bin/env node
// The installed entry point: runs the compiled CLI (npm ci compiles it through the prepare script).
import '../dist/pipeline/cli/bin.js';
