// Builds the task pane (also the shared runtime of the custom functions), the
// custom functions' metadata, and the workbench page, into dist/.
const path = require('node:path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const CustomFunctionsMetadataPlugin = require('custom-functions-metadata-plugin');

module.exports = (_env, argv) => {
  const dev = argv.mode !== 'production';
  return {
    // No eval-based source maps: the pages' Content-Security-Policy allows no 'unsafe-eval'.
    devtool: dev ? 'cheap-module-source-map' : 'source-map',
    entry: {
      taskpane: './src/taskpane/index.tsx',
      functions: './src/functions/functions.ts',
      workbench: './src/workbench/index.tsx',
    },
    output: { path: path.resolve(__dirname, 'dist'), filename: '[name].js', clean: true },
    resolve: { extensions: ['.ts', '.tsx', '.js'] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: { loader: 'ts-loader', options: { transpileOnly: true, compilerOptions: { module: 'esnext', moduleResolution: 'bundler', noEmit: false } } },
        },
        { test: /\.css$/, type: 'asset/source' },
      ],
    },
    performance: { hints: false },
    plugins: [
      new CustomFunctionsMetadataPlugin({ output: 'functions.json', input: './src/functions/functions.ts' }),
      new HtmlWebpackPlugin({ filename: 'taskpane.html', template: './src/taskpane/taskpane.html', chunks: ['taskpane'] }),
      new HtmlWebpackPlugin({ filename: 'workbench.html', template: './src/workbench/workbench.html', chunks: ['workbench'] }),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets/*.png', to: 'assets/[name][ext]' },
          { from: 'manifest.xml', to: 'manifest.xml' },
          // office.js from the npm package (never a CDN in tests); host scripts and English strings only.
          {
            from: 'node_modules/@microsoft/office-js/dist/*.js',
            to: 'assets/office-js/[name][ext]',
            globOptions: { ignore: ['**/*.debug.js'] },
          },
          { from: 'node_modules/@microsoft/office-js/dist/en-us', to: 'assets/office-js/en-us' },
        ],
      }),
    ],
  };
};
