// Runs after `vite build`: puts Swagger UI's static files in dist/swagger/ so the
// server can answer /api/docs with dist/swagger/index.html, which reads /api/openapi.json.
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const webDir = join(dirname(fileURLToPath(import.meta.url)), '..');
const swaggerDir = dirname(require.resolve('swagger-ui-dist/package.json'));
const outDir = join(webDir, 'dist', 'swagger');

const files = ['swagger-ui.css', 'swagger-ui-bundle.js', 'swagger-ui-standalone-preset.js'];

mkdirSync(outDir, { recursive: true });
for (const file of files) {
  copyFileSync(join(swaggerDir, file), join(outDir, file));
}

// The page is served at /api/docs, not at /swagger/, so every asset path is absolute.
// The initializer is a separate file so a `script-src 'self'` CSP needs no exception.
writeFileSync(
  join(outDir, 'swagger-initializer.js'),
  `window.addEventListener('load', function () {
  window.ui = SwaggerUIBundle({
    url: '/api/openapi.json',
    dom_id: '#swagger-ui',
    deepLinking: true,
    persistAuthorization: false,
    validatorUrl: null, // its badge is an image from validator.swagger.io, which the CSP refuses
    presets: [SwaggerUIBundle.presets.apis, SwaggerUIStandalonePreset],
    plugins: [SwaggerUIBundle.plugins.DownloadUrl],
    layout: 'StandaloneLayout',
  });
});
`,
);

writeFileSync(
  join(outDir, 'index.html'),
  `<!doctype html>
<html lang="en">
  <head>
    <meta charset="UTF-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1.0" />
    <title>HealthPulse API</title>
    <link rel="stylesheet" href="/swagger/swagger-ui.css" />
  </head>
  <body>
    <div id="swagger-ui"></div>
    <script src="/swagger/swagger-ui-bundle.js" charset="UTF-8"></script>
    <script src="/swagger/swagger-ui-standalone-preset.js" charset="UTF-8"></script>
    <script src="/swagger/swagger-initializer.js" charset="UTF-8"></script>
  </body>
</html>
`,
);

console.log(`swagger-ui copied to ${outDir}`);
