package io.github.corsstarter.test;

import java.nio.file.Paths;
import java.util.Map;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import org.junit.jupiter.api.Test;

class PlaywrightSmokeTests {

	@Test
	void smoke() {
		long t = System.nanoTime();
		try (Playwright pw = Playwright
			.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")))) {
			System.err.println("create " + (System.nanoTime() - t) / 1000000);
			Browser b = pw.chromium()
				.launch(new BrowserType.LaunchOptions().setExecutablePath(Paths.get("/usr/bin/chromium"))
					.setArgs(java.util.List.of("--no-sandbox", "--disable-gpu")));
			System.err.println("launch " + (System.nanoTime() - t) / 1000000 + " " + b.version());
			Page p = b.newPage();
			p.setContent("<p>hi</p>");
			System.err.println(p.evaluate("() => navigator.userAgent"));
		}
		System.err.println("done " + (System.nanoTime() - t) / 1000000);
	}

}
