// ESLint for the workbench: ES modules in the browser, no build step; lines at most 120 characters.
import js from "@eslint/js";
import globals from "globals";

export default [
  js.configs.recommended,
  {
    files: ["src/main/resources/META-INF/resources/js/**/*.js"],
    languageOptions: { ecmaVersion: 2022, sourceType: "module", globals: globals.browser },
    rules: {
      "max-len": ["error", { code: 120 }],
      "no-unused-vars": ["error", { args: "after-used", caughtErrors: "none" }],
      "no-restricted-globals": ["error", "escape", "unescape"],
      "eqeqeq": "error",
      "prefer-const": "error",
    },
  },
];
