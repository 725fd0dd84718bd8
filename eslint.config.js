import js from "@eslint/js";
import tseslint from "typescript-eslint";

export default tseslint.config(
  { ignores: ["dist/", "node_modules/", "models/", "coverage/"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    // The launcher and the bundling step are plain JavaScript run by Node.
    files: ["bin/**/*.js", "scripts/**/*.js"],
    languageOptions: { globals: { process: "readonly", URL: "readonly" } },
  },
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_" }],
      "no-control-regex": "off",
    },
  },
);
