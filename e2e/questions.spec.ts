import { expect, test } from "./fixtures";

test.describe("question bank", () => {
  test("search, filter and share a view through the URL", async ({ page, expectAccessible }) => {
    await page.goto("/questions");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Interview questions");
    await expectAccessible();

    await page.getByLabel("Search titles, questions and answers").fill("window function");
    await page.getByLabel("Question type").selectOption("sql");
    await page.getByRole("button", { name: "Search" }).click();
    // A plain GET form: the URL holds the whole view, so it can be shared or bookmarked.
    await expect(page).toHaveURL(/\/questions\?q=window\+function&.*kind=sql/);
    const results = page.getByRole("main").getByRole("list").first().getByRole("listitem");
    await expect(results.first()).toBeVisible();
    await expect(page.getByText(/\d+ questions? matching “window function”/)).toBeVisible();
    await expect(page.getByLabel("Question type")).toHaveValue("sql");
    await expectAccessible();

    await results.first().getByRole("link").click();
    await expect(page).toHaveURL(/\/questions\/[a-z0-9-]+$/);
    await expect(page.getByRole("heading", { name: "The question" })).toBeVisible();
    await page.getByText("Show the answer").click();
    await expect(page.locator("pre.shiki").first()).toBeVisible();
    await expectAccessible();
  });

  // Issue 17: after "Clear all", Role and Difficulty stayed selected and the next search applied them.
  test("Clear all empties every control and the URL, and the next search applies no filter", async ({
    page,
  }) => {
    const search = page.getByLabel("Search titles, questions and answers");
    const filters = ["Skill", "Role", "Difficulty", "Level", "Question type"].map((label) =>
      page.getByLabel(label, { exact: true }),
    );
    const filterParams = () => {
      const params = new URL(page.url()).searchParams;
      return ["skill", "role", "difficulty", "level", "kind"].filter((name) => params.get(name));
    };

    await page.goto("/questions");
    await page.getByLabel("Role", { exact: true }).selectOption("machine-learning-engineer");
    await page.getByLabel("Difficulty", { exact: true }).selectOption("hard");
    await search.fill("drift");
    await page.getByRole("button", { name: "Search" }).click();
    await expect(page).toHaveURL(/role=machine-learning-engineer/);
    await expect(page).toHaveURL(/difficulty=hard/);
    const filtered = await page.getByText(/^\d+ questions? matching “drift”/).textContent();

    await page.getByRole("link", { name: "Clear all" }).click();
    await expect(page).toHaveURL(/\/questions$/);
    await expect(search).toHaveValue("");
    for (const filter of filters) await expect(filter).toHaveValue("");

    await search.fill("drift");
    await page.getByRole("button", { name: "Search" }).click();
    await expect(page).toHaveURL(/\/questions\?q=drift/);
    expect(filterParams()).toEqual([]);
    for (const filter of filters) await expect(filter).toHaveValue("");
    const unfiltered = await page.getByText(/^\d+ questions? matching “drift”/).textContent();
    expect(Number.parseInt(unfiltered ?? "", 10)).toBeGreaterThan(Number.parseInt(filtered ?? "", 10));

    // Clear all also empties what was chosen but not yet searched, where the URL does not change.
    await page.goto("/questions");
    await page.getByLabel("Question type", { exact: true }).selectOption("sql");
    await search.fill("window");
    await page.getByRole("link", { name: "Clear all" }).click();
    await expect(page).toHaveURL(/\/questions$/);
    await expect(search).toHaveValue("");
    for (const filter of filters) await expect(filter).toHaveValue("");
  });

  test("every filter's labels fit their select at 360 px and 1280 px", async ({ page }) => {
    for (const width of [360, 1280]) {
      await page.setViewportSize({ width, height: 800 });
      // Unfiltered, where the counts are largest.
      await page.goto("/questions");
      await page.evaluate(() => document.fonts.ready);
      // Below 640 px the filters are folded away (issue 17): open them to measure.
      if (width < 640) await page.getByText("Filters and sort").click();
      const cut = await page.locator('form[role="search"] select').evaluateAll((selects) => {
        const context = document.createElement("canvas").getContext("2d")!;
        return (selects as HTMLSelectElement[]).flatMap((select) => {
          const style = getComputedStyle(select);
          context.font = `${style.fontStyle} ${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
          const room = select.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
          return [...select.options]
            .map((option) => ({ text: option.text, width: context.measureText(option.text).width }))
            .filter((option) => option.width > room)
            .map(
              (option) =>
                `${select.name}: "${option.text}" needs ${Math.ceil(option.width)} px of ${Math.floor(room)}`,
            );
        });
      });
      expect(cut, `labels cut at ${width} px`).toEqual([]);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, `the page scrolls sideways at ${width} px`).toBeLessThanOrEqual(0);
    }
  });

  test("odd input gets a normal page with a note, never an error", async ({ page }) => {
    for (const query of [
      `?q=${encodeURIComponent(`"bias" 50% a_b \\ 🚀 DROP TABLE users; --`)}`,
      `?q=${"x".repeat(2000)}`,
      "?skill=quantum-sql&difficulty=trivial",
      "?page=999",
      "?page=-3",
    ]) {
      const response = await page.goto(`/questions${query}`);
      expect(response?.status(), query).toBe(200);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    }
    await page.goto("/questions?skill=quantum-sql");
    await expect(page.getByRole("main").getByRole("status")).toContainText('There is no skill "quantum-sql"');
    await page.goto("/questions?page=999");
    await expect(page.getByRole("main").getByRole("status")).toContainText("There is no page 999");
  });

  // Issue 18: the server renders each search address once and sends every visitor that page, so
  // its policy vouches for the page's own scripts by hash; a nonce shared by everyone would be none.
  test("a search page is rendered once per address, with its scripts vouched for by hash", async ({
    page,
  }) => {
    const address = `/questions?q=${encodeURIComponent("</script><script>alert(1)</script> p-value")}`;
    const first = await page.request.get(address);
    const second = await page.request.get(address);
    const csp = first.headers()["content-security-policy"];
    expect(csp).toMatch(/script-src 'self'( 'sha256-[A-Za-z0-9+/=]+')+;/);
    expect(csp).not.toContain("nonce");
    expect(second.headers()["content-security-policy"]).toBe(csp);
    expect(await second.text()).toBe(await first.text());
    expect(await first.text()).not.toContain("nonce=");
    // The page runs under that policy: it hydrates (Clear all resets a choice without a reload),
    // and the fixture fails the test on any refused script. The query's markup stays text.
    let dialogs = 0;
    page.on("dialog", (dialog) => {
      dialogs++;
      void dialog.dismiss();
    });
    await page.goto(address);
    await expect(page.getByText(/questions? (matching|with titles close to)/)).toBeVisible();
    await page.getByLabel("Question type", { exact: true }).selectOption("sql");
    await page.getByRole("link", { name: "Clear all" }).click();
    await expect(page).toHaveURL(/\/questions$/);
    await expect(page.getByLabel("Question type", { exact: true })).toHaveValue("");
    expect(dialogs).toBe(0);
  });

  test("a search with no results says so and offers a way on", async ({ page, expectAccessible }) => {
    await page.goto("/questions?q=zzzyzzy");
    await expect(page.getByText(/no questions match/i)).toBeVisible();
    await expect(page.getByRole("link", { name: "browse every question" })).toHaveAttribute(
      "href",
      "/questions",
    );
    await expectAccessible();
  });

  test("a skill page shows the demand by role and its questions", async ({ page, expectAccessible }) => {
    await page.goto("/skills/sql");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("SQL");
    await expect(
      page.getByRole("figure", { name: /share of each role's postings that ask for sql/i }),
    ).toBeVisible();
    await expect(page.getByRole("heading", { name: /\d+ questions/ })).toBeVisible();
    await expectAccessible();
  });

  test("a question's answer and highlighted code are readable in dark mode", async ({
    page,
    expectAccessible,
  }) => {
    await page.emulateMedia({ colorScheme: "dark" });
    await page.goto("/questions/repeat-purchase-rate-by-signup-cohort");
    await page.getByText("Show the answer").click();
    const code = page.locator("pre.shiki").first();
    await expect(code).toBeVisible();
    // Tokens in the block's text colour carry nothing and inherit the block's colours; the others
    // carry their palette's classes (lib/questions/code-highlight.ts, app/code-palette.css), and none
    // has a style of its own.
    const colours = () =>
      code.evaluate((pre) => {
        const tokens = [...pre.querySelectorAll(".line > span")];
        const colour = (element: Element) => getComputedStyle(element).color;
        const create = tokens.find((token) => token.textContent?.trim() === "CREATE");
        return {
          block: colour(pre),
          styled: tokens.filter((token) => token.hasAttribute("style")).length,
          plain: [...new Set(tokens.filter((token) => !token.hasAttribute("class")).map(colour))],
          own: [...new Set(tokens.filter((token) => token.hasAttribute("class")).map(colour))],
          keyword: create ? colour(create) : null,
        };
      });
    const dark = await colours();
    expect(dark.block).toBe("rgb(230, 237, 243)"); // github-dark-default's text, #e6edf3
    expect(dark.styled).toBe(0);
    expect(dark.plain).toEqual([dark.block]);
    expect(dark.own.length).toBeGreaterThanOrEqual(2);
    expect(dark.keyword).toBe("rgb(255, 123, 114)"); // its keywords, #ff7b72
    await expectAccessible();

    await page.emulateMedia({ colorScheme: "light" });
    await page.reload();
    await page.getByText("Show the answer").click();
    const light = await colours();
    expect(light.block).toBe("rgb(36, 41, 46)"); // github-light's text, #24292e
    expect(light.plain).toEqual([light.block]);
    expect(light.keyword).toBe("rgb(215, 58, 73)"); // its keywords, #d73a49
    await expectAccessible();
  });

  // A table of six columns of figures pushed this page 100 px sideways on a phone; it now scrolls in
  // its own region, named by the part of the page it is in and its column heads, with each figure on
  // one line.
  test("a wide table scrolls in its own box on a 360 px screen, and the page does not", async ({
    page,
    expectAccessible,
  }) => {
    await page.setViewportSize({ width: 360, height: 800 });
    await page.emulateMedia({ colorScheme: "dark" });
    await page.goto("/questions/gini-versus-entropy-split-by-hand");
    await page.getByText("Show the answer").click();
    const box = page.getByRole("region", {
      name: "Table in the model answer: split, children (p), weighted Gini, Gini decrease, weighted entropy, information gain, scrolls sideways",
    });
    await expect(box).toBeVisible();
    await expect(page.getByText("Scroll sideways for more")).toBeVisible();
    const sideways = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(sideways).toBeLessThanOrEqual(0);

    const cell = box.getByRole("cell", { name: "0.75 (400), 0.25 (400)" });
    const lines = await cell.evaluate((element) => {
      const range = document.createRange();
      range.selectNodeContents(element);
      return new Set([...range.getClientRects()].map((rect) => Math.round(rect.top))).size;
    });
    expect(lines).toBe(1);

    await box.focus();
    await page.keyboard.press("ArrowRight");
    await expect.poll(() => box.evaluate((element) => element.scrollLeft)).toBeGreaterThan(0);
    await expectAccessible();
  });

  test("hints appear one at a time", async ({ page }) => {
    await page.goto("/questions/repeat-purchase-rate-by-signup-cohort");
    await expect(page.getByText("Hint 1")).toBeVisible();
    await expect(page.getByText("Hint 2")).toBeHidden();
    await page.getByText("Hint 1").click();
    await expect(page.getByText("Hint 2")).toBeVisible();
  });

  test("an unknown question is a 404", async ({ page }) => {
    const response = await page.goto("/questions/no-such-question");
    expect(response?.status()).toBe(404);
  });
});
