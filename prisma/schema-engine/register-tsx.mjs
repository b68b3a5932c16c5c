// @ts-check
// Loaded with `node --import` by ./schema-engine. Node resolves a bare `--import tsx` from the
// working directory, which is wherever the prisma CLI was started (a temporary directory in the
// tests); imported from here, `tsx` resolves from this project's node_modules instead.
import "tsx";
