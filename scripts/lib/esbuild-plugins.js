/**
 * The esbuild plugins every Lambda bundle is built with (serverless.yml `custom.esbuild.plugins`, and
 * scripts/lib/lambda-bundle.js for the bench and tests): per-function chunk folders, the Brotli-compressed screening
 * model.
 */
'use strict';

const chunks = require('./esbuild-chunks');
const { brotliJson } = require('./esbuild-brotli-json');

module.exports = [...chunks, brotliJson];
