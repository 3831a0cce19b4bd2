// How to reach a window, as a resident sees it: the fixture city's window (every contact field,
// placeholder data) shows its tap-to-call number, hours, address with a map link and official
// page on its page, its directory card and the guide's result card; phone numbers never wrap,
// at 390 px and at 特大; a window of the bundled sample (no number in the seeds) says where to
// find the number, naming the 所管課; and the fixture's HSDS export of the new fields validates
// against the official schemas.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, readdirSync } from "node:fs";
import { join, resolve } from "node:path";
import Ajv from "ajv";
import addFormats from "ajv-formats";
import { siteUnderTest, waitForHydration, distRoot, projectRoot, openHeaderMenu } from "./harness.mjs";

const distOther = resolve(projectRoot, process.env.TSUNAGU_DIST_OTHER ?? "dist-other");
const sample = siteUnderTest(distRoot);
const fixture = siteUnderTest(distOther, "/other/");
const phone = { viewport: { width: 390, height: 800 }, isMobile: true, hasTouch: true };

const TEL = "tel:+81-3-1234-5678";
const MAP = "https://map.example.jp/?q=kita-houkatsu";
const OFFICIAL = "https://www.city.example.jp/fukushi/kita-houkatsu/";

/** Chooses a text size with the header's control, as a reader would. */
async function chooseTextSize(page, label) {
  // The pressed button's name starts with its ✓ mark.
  await openHeaderMenu(page);
  const button = page.locator(".text-size").getByRole("button", { name: new RegExp(`${label}$`) });
  await button.click();
  await page.waitForFunction((label) => [...document.querySelectorAll(".text-size button")].find((b) => b.textContent.endsWith(label))?.getAttribute("aria-pressed") === "true", label);
}

/** Every tap-to-call link inside `scope` that shows: its href, text, line boxes and white-space. */
const telLinks = (page, scope) =>
  page.$$eval(`${scope} a[href^="tel:"]`, (links) =>
    links
      .filter((a) => a.offsetParent !== null)
      .map((a) => ({ href: a.getAttribute("href"), text: a.textContent, lines: a.getClientRects().length, whiteSpace: getComputedStyle(a).whiteSpace })),
  );

/** The contact facts shown in `box` (a locator for a card or a page body). */
async function assertContactShown(box, where) {
  const tel = box.locator(`a[href="${TEL}"]`);
  assert.equal(await tel.count(), 1, `${where}: one tap-to-call link`);
  assert.equal((await tel.textContent()).trim(), "03-1234-5678");
  const text = await box.textContent();
  assert.match(text, /受付時間：?平日 8:30～17:15/, `${where}: the hours`);
  assert.match(text, /〒123-4567 試験市北町1-2-3 北地区保健センター1階/, `${where}: the address`);
  const map = box.getByRole("link", { name: /地図を開く/ });
  assert.equal(await map.getAttribute("href"), MAP, `${where}: the map link`);
  assert.match(await map.getAttribute("rel"), /external/);
  const official = box.getByRole("link", { name: /公式ページ/ });
  assert.equal(await official.getAttribute("href"), OFFICIAL, `${where}: the official page`);
  assert.match(await official.textContent(), /www\.city\.example\.jp/, `${where}: the official page names its host`);
}

test("the fixture city's window shows its contact on its page, on its directory card and on the guide's result card", async () => {
  await fixture.withPage(phone, async (page) => {
    await page.goto(fixture.url("cities/testcity/windows/kita-houkatsu/"));
    await waitForHydration(page);
    await assertContactShown(page.locator("#page-body"), "the window page");

    await page.goto(fixture.url("cities/testcity/windows/"));
    await waitForHydration(page);
    const card = page.locator("#window-list > li", { hasText: "北地区地域包括支援センター" });
    assert.equal(await card.count(), 1);
    await assertContactShown(card, "the directory card");

    // A resident walks the guide: not in danger, worried about care, living in 北地区.
    await page.goto(fixture.url("cities/testcity/guides/resident/"));
    await waitForHydration(page);
    await page.getByRole("link", { name: "はじめる" }).click();
    await page.getByLabel("いいえ").check();
    await page.getByRole("button", { name: "次へ" }).click();
    await page.getByLabel("介護のこと").check();
    await page.locator("#guide-q-trouble").getByRole("button", { name: "次へ" }).click();
    await page.getByLabel("北地区").check();
    await page.locator("#guide-q-area").getByRole("button", { name: "次へ" }).click();
    await page.getByRole("link", { name: "この回答で相談先を見る" }).click();
    const result = page.locator(".guide-result:not([hidden]) [data-pick]:not([hidden])", { hasText: "北地区地域包括支援センター" });
    await result.waitFor();
    await assertContactShown(result, "the guide's result card");
    const memo = await page.textContent("#guide-memo-windows");
    assert.match(memo, /北地区地域包括支援センター.*03-1234-5678/, "the 相談メモ keeps the number");
    assert.deepEqual(page.problems(), []);
    assert.deepEqual(page.foreignRequests(), [], "the map and the official page are links only: nothing is fetched from them");
  });
});

for (const size of ["標準", "特大"]) {
  test(`phone numbers are tap-to-call links that never wrap at 390 px (${size})`, async () => {
    await fixture.withPage(phone, async (page) => {
      await page.goto(fixture.url("cities/testcity/windows/"));
      await waitForHydration(page);
      await chooseTextSize(page, size);
      const fontSize = await page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize));
      assert.equal(fontSize, size === "特大" ? 24 : 16, "the chosen size applies");
      for (const route of ["cities/testcity/windows/", "cities/testcity/windows/kita-houkatsu/"]) {
        await page.goto(fixture.url(route));
        await waitForHydration(page);
        const links = await telLinks(page, "#page-body");
        assert.ok(links.length >= 1, `/${route} has a tap-to-call link`);
        for (const link of links) {
          assert.equal(link.href, TEL);
          assert.equal(link.whiteSpace, "nowrap", `/${route}: ${link.text} is kept on one line`);
          assert.equal(link.lines, 1, `/${route}: ${link.text} is on one line`);
        }
      }
    });
  });
}

test("a window without a number in the bundled sample says where to find it, naming the 所管課, on every card", async () => {
  await sample.withPage(phone, async (page) => {
    await page.goto(sample.url("cities/izu/windows/"));
    await waitForHydration(page);
    const card = page.locator("#window-list > li", { hasText: "修善寺地区地域包括支援センター" });
    assert.match(
      await card.locator(".window-card__no-phone").textContent(),
      /^電話番号は、伊豆市の代表電話か公式ウェブサイトで、健康長寿課（所管課）の番号を確かめてください。$/,
    );
    assert.equal(await card.locator('a[href^="tel:"]').count(), 0, "no invented number");
    const body = await page.textContent("#page-body");
    assert.ok(!body.includes("資料に電話番号はありません"), "the old sentence is gone");

    await card.getByRole("link", { name: "修善寺地区地域包括支援センター" }).click();
    await page.waitForFunction(() => document.querySelector("h1")?.textContent === "修善寺地区地域包括支援センター");
    assert.match(await page.textContent("#page-body"), /伊豆市の代表電話か公式ウェブサイトで、健康長寿課（所管課）の番号を確かめてください。/);

    await page.goto(sample.url("cities/izu/guides/resident/?danger=no&who=family&trouble=care&care-need=worry&age=elderly&area=shuzenji&mobility=can-go"));
    await waitForHydration(page);
    // The guide shows the result's screen in the frame after hydration.
    await page.waitForSelector(".guide-result:not([hidden]) [data-pick]:not([hidden])");
    const picks = await page.$$eval(".guide-result:not([hidden]) [data-pick]:not([hidden])", (cards) =>
      cards.map((card) => ({ tel: card.querySelector('a[href^="tel:"]') !== null, contact: card.querySelector(".pick-card__contact").textContent })));
    assert.ok(picks.length > 0, "the result shows window cards");
    for (const pick of picks.filter((pick) => !pick.tel)) {
      assert.match(pick.contact, /^電話番号は、伊豆市の代表電話か公式ウェブサイトで(、.+（所管課）の番号を)?確かめてください。$/);
    }
    assert.ok(picks.some((pick) => pick.contact.includes("健康長寿課（所管課）")), "the 所管課 is named");
    assert.deepEqual(page.problems(), []);
  });
});

test("the fixture's HSDS export carries the phone, schedule and address and validates against the official schemas", () => {
  const schemaDir = join(projectRoot, "tests/hsds/schema");
  const ajv = new Ajv({ strict: false, allErrors: true });
  addFormats(ajv);
  for (const file of readdirSync(schemaDir).filter((name) => name.endsWith(".json"))) {
    ajv.addSchema(JSON.parse(readFileSync(join(schemaDir, file), "utf8")), file);
  }
  const validate = ajv.getSchema("service.json");
  const services = JSON.parse(readFileSync(join(distOther, "data/windows.hsds.json"), "utf8"));
  for (const service of services) assert.ok(validate(service), `${service.alternate_name}: ${ajv.errorsText(validate.errors)}`);
  const window = services.find((service) => service.alternate_name === "testcity/window/kita-houkatsu");
  assert.equal(window.phones[0].number, "03-1234-5678");
  assert.equal(window.schedules[0].description, "平日 8:30～17:15");
  assert.equal(window.url, OFFICIAL);
  const [address] = window.service_at_locations[0].location.addresss;
  assert.deepEqual(
    [address.address_1, address.postal_code, address.city, address.state_province, address.country, address.address_type],
    ["試験市北町1-2-3 北地区保健センター1階", "123-4567", "試験市", "試験県", "JP", "physical"],
  );
});
