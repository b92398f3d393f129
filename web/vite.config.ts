import { defineConfig } from "vite";

// The build goes into the Api's WebClient folder (committed; .ci/run checks it is fresh) and is served at "/".
export default defineConfig({
  base: "/",
  build: {
    outDir: "../src/SortieChat.Api/WebClient",
    emptyOutDir: true,
    target: "es2022",
    sourcemap: false,
    reportCompressedSize: false,
  },
  server: {
    // `npm run dev` (vite) proxies the API to a server started with dotnet run.
    proxy: Object.fromEntries(
      ["/auth", "/users", "/sorties", "/participations", "/chats", "/messages", "/media", "/push", "/health"].map((path) => [path, "http://localhost:5080"]),
    ),
  },
});
