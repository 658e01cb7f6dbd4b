// Drives the query page of `taz2rdf serve` in headless Chromium: runs a bundled query and reads the results
// table, then opens an article's linked-data page and reads its links. Prints one JSON line; exits non-zero on
// any failure. Usage: node query-page.mjs SERVER_URL ARTICLE_PAGE_URL
import { chromium } from "playwright-core";

const [serverUrl, articleUrl] = process.argv.slice(2);
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
  args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"]
});
try {
  const page = await browser.newPage();
  const errors = [];
  page.on("pageerror", e => errors.push(String(e)));
  await page.goto(serverUrl, { waitUntil: "load" });
  await page.waitForSelector("#examples option[value='tags']", { state: "attached" });
  await page.selectOption("#examples", "tags");
  await page.click("#run");
  await page.waitForSelector("#result-table tr:nth-child(2)");
  const header = await page.$$eval("#result-table th", cells => cells.map(c => c.textContent));
  const rows = await page.$$eval("#result-table tr", trs => trs.slice(1).map(tr => Array.from(tr.cells).map(c => c.textContent)));
  const status = await page.textContent("#status");

  await page.selectOption("#examples", "articles-by-tag");
  await page.fill("#param-tag", "Elon Musk");
  await page.click("#run");
  await page.waitForFunction(() => document.querySelector("#status").textContent.endsWith("rows")
      && document.querySelector("#result-table th")?.textContent === "article");
  const byTag = await page.$$eval("#result-table tr", trs => trs.slice(1).map(tr => tr.cells[1].textContent));

  const article = await browser.newPage();
  await article.goto(articleUrl, { waitUntil: "load" });
  const headline = await article.textContent("#headline");
  const links = await article.$$eval("#links li", items => items.map(li => ({
    text: li.textContent, href: li.querySelector("a") ? li.querySelector("a").getAttribute("href") : null })));
  const authors = await article.$$eval("#authors a", as => as.map(a => a.getAttribute("href")));
  console.log(JSON.stringify({ header, rows, status, byTag, headline, links, authors, errors }));
} finally {
  await browser.close();
}
