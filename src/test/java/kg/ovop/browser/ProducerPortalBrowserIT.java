package kg.ovop.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import kg.ovop.certification.BrandCertification;

/**
 * A producer, in Kyrgyz, from sign-up to certificate in the portal; reviewers act through the
 * engine as themselves. Screenshots of each page on a desktop and a 390 px phone.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "ovop.mail.delivery=outbox")
@ActiveProfiles("test")
class ProducerPortalBrowserIT {

    @LocalServerPort
    int port;

    @Autowired
    TaskService tasks;

    @Autowired
    IdentityService identity;

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    TaskSteps steps() {
        return new TaskSteps(tasks, identity);
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }

    /** Screenshots on a desktop and a phone, and axe-core's WCAG 2.1 AA check at both widths. */
    /** The visible Next button (an unseen copy at the top of the form takes Enter). */
    static final By NEXT = By.xpath("//div[@class='buttons']/button[normalize-space()='Кийинки']");

    void both(Browser browser, String name) {
        browser.resize(1280, 900);
        browser.assertAccessible("portal-" + name + "-desktop");
        browser.screenshot("portal-" + name + "-desktop");
        browser.resize(390, 844);
        browser.screenshot("portal-" + name + "-phone");
        browser.assertAccessible("portal-" + name + "-phone");
        browser.resize(1280, 900);
    }

    @Test
    void producerAppliesInKyrgyzAnswersTheAgencyAndDownloadsTheCertificate() throws Exception {
        String user = "b" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        Path pdf = Files.createTempFile("conformity", ".pdf");
        Files.writeString(pdf, "%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n");
        try (Browser browser = Browser.open()) {
            browser.scenario("portal", () -> {
                browser.go(url("/signup?lang=ky"));
                browser.visible(By.id("username")).sendKeys(user);
                browser.visible(By.id("firstName")).sendKeys("Гүлзат");
                browser.visible(By.id("lastName")).sendKeys("Үсөнова");
                browser.visible(By.id("email")).sendKeys(user + "@example.org");
                browser.visible(By.id("password")).sendKeys("tuz-bal-2026-ok");
                both(browser, "signup");
                browser.click(By.cssSelector("button[type=submit]"));

                // The address is confirmed by the link mailed at sign-up (recorded in the outbox here),
                // once the server has handled the click: the browser does not wait for it.
                browser.until(d -> jdbc.queryForObject("SELECT COUNT(*) FROM ovop_mail_message WHERE kind = 'EMAIL_CONFIRMATION' "
                        + "AND recipient = ?", Integer.class, user + "@example.org") > 0);
                String mailed = jdbc.queryForObject("SELECT body_text FROM ovop_mail_message WHERE kind = 'EMAIL_CONFIRMATION' "
                        + "AND recipient = ?", String.class, user + "@example.org");
                String confirm = mailed.substring(mailed.indexOf("/signup/confirm?token=")).split("\\s")[0];
                String login = browser.driver().getCurrentUrl();
                browser.go(url(confirm));
                browser.visible(By.xpath("//*[contains(normalize-space(), 'ырасталды')]"));
                browser.go(login);
                assertThat(browser.visible(By.id("username")).getAttribute("value")).as("the new user name is kept").isEqualTo(user);
                browser.visible(By.id("password")).sendKeys("tuz-bal-2026-ok");
                browser.click(By.cssSelector("button[type=submit]"));
                browser.visible(By.xpath("//h1[normalize-space()='Менин арыздарым']"));
                browser.click(By.xpath("//a[normalize-space()='Брендге арыз берүү']"));
                // Next on an empty page: each error is tied to its field, focus goes to the first, the title says so.
                browser.click(NEXT);
                var producerName = browser.visible(By.id("producerName"));
                browser.until(d -> "true".equals(producerName.getAttribute("aria-invalid")));
                assertThat(browser.driver().findElement(By.id(producerName.getAttribute("aria-describedby"))).getText()).isNotBlank();
                assertThat(browser.driver().switchTo().activeElement().getAttribute("id")).isEqualTo("producerName");
                assertThat(browser.driver().getTitle()).startsWith(browser.driver().findElement(By.cssSelector("[role=alert]")).getText());

                new Select(browser.visible(By.id("producerType"))).selectByValue("individual-entrepreneur");
                browser.visible(By.id("producerName")).sendKeys("Гүлзат Үсөнова");
                browser.visible(By.id("taxpayerNumber")).sendKeys(
                        "1" + java.util.concurrent.ThreadLocalRandom.current().nextLong(1_000_000_000_000L, 10_000_000_000_000L));
                browser.visible(By.id("phone")).sendKeys("+996700555444");
                browser.visible(By.id("email")).sendKeys(user + "@example.org");
                browser.click(By.cssSelector("input[name=registeredBusiness]"));
                browser.click(By.cssSelector("input[name=womenLed]"));
                both(browser, "apply-producer");
                browser.click(NEXT);
                new Select(browser.visible(By.id("region"))).selectByValue("KG-Y");
                // location.js fetched the region's five districts for the list under the field.
                browser.until(d -> d.findElements(By.cssSelector("#district-choices option[value='Тоң району']")).size() == 1
                        && d.findElements(By.cssSelector("#district-choices option")).size() == 5);
                browser.visible(By.id("district")).sendKeys("Тоң району");
                browser.visible(By.id("aiylAimak")).sendKeys("Бөкөнбаев");
                browser.visible(By.id("village")).sendKeys("Көк-Сай");
                both(browser, "apply-location");
                // Enter in a field goes forward, although Back comes first in the tab order.
                browser.visible(By.id("village")).sendKeys(Keys.ENTER);
                browser.visible(By.id("productNameKy")).sendKeys("Чычырканак джему — Көк-Сай");
                browser.visible(By.id("productNameRu")).sendKeys("Облепиховый джем");
                new Select(browser.visible(By.id("category"))).selectByValue("food");
                browser.visible(By.id("description")).sendKeys("Ысык-Көлдүн жээгиндеги чычырканактан жасалган джем.");
                browser.visible(By.id("localRawMaterialShare")).sendKeys("95");
                browser.visible(By.id("annualCapacity")).sendKeys("1200");
                browser.click(By.cssSelector("input[name=targetMarkets][value=JP]"));
                both(browser, "apply-product");
                // Tab from the last field reaches Back, then Next: the order they are read and seen in.
                browser.visible(By.xpath("(//input[@name='targetMarkets'])[last()]")).sendKeys(Keys.TAB);
                assertThat(browser.driver().switchTo().activeElement().getText()).isEqualTo("Артка");
                browser.driver().switchTo().activeElement().sendKeys(Keys.TAB);
                assertThat(browser.driver().switchTo().activeElement().getText()).isEqualTo("Долбоор катары сактап, документтерди тиркөө");
                // Back from the last page goes back, checks nothing and keeps what was typed on every page.
                browser.click(By.xpath("//button[normalize-space()='Артка']"));
                assertThat(browser.visible(By.id("district")).getAttribute("value")).isEqualTo("Тоң району");
                assertThat(browser.driver().findElements(By.cssSelector(".field-error"))).isEmpty();
                browser.click(NEXT);
                assertThat(browser.visible(By.id("productNameKy")).getAttribute("value")).isEqualTo("Чычырканак джему — Көк-Сай");
                browser.click(By.xpath("//div[@class='buttons']/button[normalize-space()='Долбоор катары сактап, документтерди тиркөө']"));

                browser.visible(By.xpath("//strong[normalize-space()='Долбоор']"));
                new Select(browser.visible(By.id("kind"))).selectByValue("conformity");
                browser.visible(By.id("file")).sendKeys(pdf.toAbsolutePath().toString());
                browser.click(By.xpath("//button[normalize-space()='Тиркөө']"));
                browser.visible(By.xpath("//*[normalize-space()='Документ тиркелди.']"));
                // Without a product photo the page says what is missing and offers no submit button.
                browser.visible(By.xpath("//li[normalize-space()='Продуктунун же таңгагынын сүрөтү']"));
                assertThat(browser.driver().findElements(By.xpath("//button[normalize-space()='Арызды жөнөтүү']"))).isEmpty();
                new Select(browser.visible(By.id("kind"))).selectByValue("photo");
                browser.visible(By.id("file")).sendKeys(pdf.toAbsolutePath().toString());
                browser.click(By.xpath("//button[normalize-space()='Тиркөө']"));
                browser.visible(By.xpath("//*[normalize-space()='Документ тиркелди.']"));
                browser.visible(By.xpath("//section[@id='summary']//dd[normalize-space()='Чычырканак джему — Көк-Сай']"));
                both(browser, "draft");
                browser.click(By.cssSelector("input[name=checked]"));
                browser.click(By.xpath("//button[normalize-space()='Арызды жөнөтүү']"));
                browser.visible(By.xpath("//*[contains(normalize-space(), 'Арызыңыз жөнөтүлдү')]"));
                String applicationPage = browser.driver().getCurrentUrl();
                String number = applicationPage.substring(applicationPage.lastIndexOf('/') + 1);

                steps().work(number, BrandCertification.TASK_SCREEN_APPLICATION, "agency1", "agency", Map.of(
                        "screeningDecision", "requestInformation", "informationRequest", "Таңгактын сүрөтүн кошуңуз"));
                steps().await(number, BrandCertification.TASK_PROVIDE_INFORMATION);
                browser.go(applicationPage);
                browser.visible(By.xpath("//blockquote[normalize-space()='Таңгактын сүрөтүн кошуңуз']"));
                browser.visible(By.id("answer")).sendKeys("Сүрөт тиркелди, таңгак айнек банкада.");
                both(browser, "information-request");
                browser.click(By.xpath("//button[normalize-space()='Жоопту жөнөтүү']"));
                browser.visible(By.xpath("//*[normalize-space()='Жообуңуз агенттикке жөнөтүлдү.']"));

                steps().work(number, BrandCertification.TASK_SCREEN_APPLICATION, "agency1", "agency", Map.of("screeningDecision", "accept"));
                steps().work(number, BrandCertification.TASK_REVIEW_QUALITY, "academia1", "academia",
                        Map.of("conflictOfInterest", "none", "qualityScore", 40, "labResult", "pass"));
                steps().work(number, BrandCertification.TASK_REVIEW_MARKET, "association1", "association",
                        Map.of("conflictOfInterest", "none", "marketingScore", 22, "communityScore", 25));
                steps().work(number, BrandCertification.TASK_DECIDE_AWARD, "committee1", "brand-committee",
                        Map.of("conflictOfInterest", "none", "committeeDecision", "award", "awardedStars", "5"));

                browser.until(d -> {
                    d.navigate().refresh();
                    return !d.findElements(By.xpath("//a[normalize-space()='Сертификат (PDF)']")).isEmpty();
                });
                both(browser, "awarded");
                String certificate = browser.driver().findElement(By.xpath("//a[normalize-space()='Сертификат (PDF)']"))
                        .getAttribute("href");
                assertThat(download(browser, certificate)).startsWith("%PDF-");
            });
        } finally {
            Files.deleteIfExists(pdf);
        }
    }

    private String download(Browser browser, String href) {
        Cookie session = browser.driver().manage().getCookieNamed("JSESSIONID");
        try {
            HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(href))
                    .header("Cookie", "JSESSIONID=" + session.getValue()).build(), HttpResponse.BodyHandlers.ofByteArray());
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Type")).contains("application/pdf");
            return new String(response.body(), 0, 5);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
