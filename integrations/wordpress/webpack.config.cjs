// @wordpress/scripts' webpack config, plus what the block needs to share modules with the
// builder: TypeScript sources imported by their built `.js` names, as the library writes imports.
const config = require('@wordpress/scripts/config/webpack.config');

module.exports = {
  ...config,
  resolve: {
    ...config.resolve,
    extensionAlias: { '.js': ['.ts', '.js'] },
  },
};
