package kg.ovop.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import kg.ovop.certificate.CertificateRegistry;
import kg.ovop.certification.BrandApplications;
import kg.ovop.certification.TestApplications;
import kg.ovop.grant.CertifiedProducers;
import kg.ovop.grant.DevelopmentGrant;
import kg.ovop.grant.fund.CallRequest;
import kg.ovop.grant.fund.FundFigures;
import kg.ovop.grant.fund.FundLedger;
import kg.ovop.grant.fund.GrantCall;
import kg.ovop.grant.fund.GrantCalls;
import kg.ovop.web.Language;

/**
 * A grant from application to first tranche, as the people do it: the producer applies in the
 * portal, the committee approves in Tasklist, the producer signs in the portal, finance records the
 * first tranche in Tasklist, and the administrators' call page shows the ledger's figures.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "ovop.mail.delivery=outbox")
@ActiveProfiles("test")
class GrantJourneyBrowserIT {

    @LocalServerPort
    int port;

    @Autowired
    IdentityService identity;

    @Autowired
    TaskService tasks;

    @Autowired
    BrandApplications brand;

    @Autowired
    CertificateRegistry certificates;

    @Autowired
    GrantCalls calls;

    @Autowired
    FundLedger ledger;

    TaskSteps steps() {
        return new TaskSteps(tasks, identity);
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }

    @Test
    void aProducerAppliesTheCommitteeApprovesTheProducerSignsFinancePaysAndTheFundAddsUp() throws Exception {
        GrantCall call = calls.create(new CallRequest("Айыл өнүгүүсү (browser)", "Развитие села (browser)", "Village development (browser)",
                "1000000", "300000", 20, 10, List.of(), List.of(), LocalDate.now().minusDays(1).toString(),
                LocalDate.now().plusDays(30).toString(), 56), "admin");
        String producer = "gj" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        String certificate = certified(producer);
        Path bank = Files.createTempFile("bank-certificate", ".pdf");
        Files.write(bank, TestApplications.PDF);
        try (Browser browser = Browser.open()) {
            browser.scenario("grant-journey", () -> {
                signIn(browser, producer, "grant-" + producer);
                browser.go(url("/portal/grants?lang=en"));
                browser.assertAccessible("grants");
                browser.click(By.cssSelector("a[href*='/portal/grants/new?call=" + call.code() + "']"));
                new Select(browser.visible(By.id("call"))).selectByValue(call.code());
                new Select(browser.visible(By.id("certificate"))).selectByValue(certificate);
                browser.visible(By.id("title")).sendKeys("Кийиз цехи");
                browser.visible(By.id("description")).sendKeys("Жаңы кийиз басуучу станок жана таңгак.");
                browser.visible(By.id("requested")).sendKeys("200000");
                browser.visible(By.id("ownContribution")).sendKeys("50000");
                browser.visible(By.id("budget.equipment")).sendKeys("200000");
                browser.visible(By.id("budget.packaging")).sendKeys("25000");
                browser.visible(By.id("budget.administration")).sendKeys("25000");
                browser.visible(By.id("jobsPlanned")).sendKeys("3");
                browser.visible(By.id("womenPlanned")).sendKeys("2");
                browser.visible(By.id("youthPlanned")).sendKeys("1");
                browser.assertAccessible("grant-apply");
                browser.screenshot("grant-apply");
                browser.click(By.xpath("//button[normalize-space()='Submit the application']"));
                browser.visible(By.xpath("//*[contains(normalize-space(), 'Your application was submitted')]"));
                String page = browser.driver().getCurrentUrl();
                String number = page.substring(page.lastIndexOf('/') + 1, page.indexOf('?'));

                steps().work(number, DevelopmentGrant.TASK_SCREEN, "agency1", "agency", Map.of("screeningDecision", "accept"));
                steps().work(number, DevelopmentGrant.TASK_SCORE_FEASIBILITY, "academia1", "academia",
                        Map.of("conflictOfInterest", "none", "feasibilityScore", 80));
                steps().work(number, DevelopmentGrant.TASK_SCORE_MARKET, "association1", "association",
                        Map.of("conflictOfInterest", "none", "marketScore", 70));

                Task decision = steps().await(number, DevelopmentGrant.TASK_DECIDE);
                browser.driver().manage().deleteAllCookies();
                browser.loginToCamunda(url("/camunda/app/tasklist/default/"), "grantcommittee1", "demo");
                browser.go(url("/camunda/app/tasklist/default/#/?task=" + decision.getId()));
                browser.clickable(By.cssSelector("button.claim")).click();
                assertThat(browser.visible(By.cssSelector("[id$='-Field_fundFree_DecideGrant']")).getAttribute("value"))
                        .startsWith("1\u00a0000\u00a0000.00 som free");
                browser.click(By.xpath("//label[normalize-space()='I have no conflict of interest with this producer']"));
                browser.click(By.xpath("//label[normalize-space()='Approve']"));
                browser.visible(By.cssSelector("[id$='-Field_approvedAmount_DecideGrant']")).sendKeys("180000");
                browser.visible(By.cssSelector("[id$='-Field_decisionReason_DecideGrant']")).sendKeys("Packaging is covered by a donor", Keys.TAB);
                // Tab leaves the field: form-js takes typed text when the field is left, before Complete is pressed.
                browser.screenshot("grant-committee-form");
                browser.click(By.xpath("//button[normalize-space()='Complete']"));
                Task signature = steps().await(number, DevelopmentGrant.TASK_SIGN_AGREEMENT);
                assertThat(signature).isNotNull();

                browser.driver().manage().deleteAllCookies();
                signIn(browser, producer, "grant-" + producer);
                browser.go(url("/portal/grants/" + number + "?lang=en"));
                // The page groups thousands with no-break spaces; the browser's text reads them as spaces.
                assertThat(browser.visible(By.id("approved")).getText()).isEqualTo("180 000.00");
                browser.assertAccessible("grant-sign");
                // Signing without the bank's certificate is refused on the page; with it, accepted.
                browser.click(By.id("ownContributionConfirmed"));
                browser.click(By.id("agreementAccepted"));
                browser.click(By.xpath("//button[normalize-space()='Sign the agreement']"));
                browser.visible(By.xpath("//*[normalize-space()='Attach the bank certificate of your own contribution first.']"));
                browser.visible(By.id("file")).sendKeys(bank.toAbsolutePath().toString());
                browser.click(By.xpath("//button[normalize-space()='Attach']"));
                browser.visible(By.xpath("//ul[@id='documents']//a[normalize-space()='" + bank.getFileName() + "']"));
                browser.click(By.id("ownContributionConfirmed"));
                browser.click(By.id("agreementAccepted"));
                browser.click(By.xpath("//button[normalize-space()='Sign the agreement']"));
                browser.visible(By.xpath("//*[contains(normalize-space(), 'The agreement is signed')]"));

                Task payment = steps().await(number, DevelopmentGrant.TASK_PAY_TRANCHE);
                browser.driver().manage().deleteAllCookies();
                browser.loginToCamunda(url("/camunda/app/tasklist/default/"), "finance1", "demo");
                browser.go(url("/camunda/app/tasklist/default/#/?task=" + payment.getId()));
                browser.clickable(By.cssSelector("button.claim")).click();
                assertThat(browser.visible(By.cssSelector("[id$='-Field_tranchePlannedSom_PayTranche']")).getAttribute("value"))
                        .isEqualTo("90\u00a0000.00");
                // Finance opens the producer's bank certificate from the form with the Tasklist sign-in.
                Object download = ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeAsyncScript(
                        "const done = arguments[arguments.length - 1];"
                                + "fetch(arguments[0]).then(r => done(r.status + ' ' + r.headers.get('content-type') + ' '"
                                + " + r.headers.get('content-disposition')));",
                        browser.visible(By.linkText("Open the bank certificate of the own contribution")).getAttribute("href"));
                assertThat(download).asString().startsWith("200 application/pdf attachment;").contains(bank.getFileName().toString());
                browser.visible(By.cssSelector("[id$='-Field_paidAmount_PayTranche']")).sendKeys("90000");
                browser.visible(By.cssSelector("[id$='-Field_paidOn_PayTranche']")).sendKeys(LocalDate.now().toString());
                browser.visible(By.cssSelector("[id$='-Field_paymentReference_PayTranche']")).sendKeys("PP-2026-0042", Keys.TAB);
                browser.click(By.xpath("//button[normalize-space()='Complete']"));
                steps().await(number, DevelopmentGrant.TASK_SUBMIT_REPORT);

                browser.driver().manage().deleteAllCookies();
                signIn(browser, "admin", "test-admin");
                browser.go(url("/admin/grants/" + call.code() + "?lang=en"));
                FundFigures figures = ledger.figures(call.id());
                assertThat(figures.paid().som()).isEqualTo("90\u00a0000.00");
                assertThat(figures.reserved().som()).isEqualTo("90\u00a0000.00");
                assertThat(figures.free().som()).isEqualTo("820\u00a0000.00");
                String shown = browser.visible(By.id("figures")).getText().replace(' ', '\u00a0');
                assertThat(shown).contains(figures.paid().som(), figures.reserved().som(), figures.free().som());
                assertThat(browser.visible(By.id("ledger")).getText()).contains("PP-2026-0042", number);
                browser.assertAccessible("grant-call");
                browser.screenshot("grant-call-figures");
            });
        } finally {
            Files.deleteIfExists(bank);
        }
    }

    /** A producer account of this test's own holding a valid certificate; returns its number. */
    private String certified(String producer) {
        CertifiedProducers.account(identity, producer);
        return new CertifiedProducers(brand, certificates).certificate(producer, Language.en);
    }

    private void signIn(Browser browser, String user, String password) {
        browser.go(url("/login?lang=en"));
        browser.visible(By.id("username")).sendKeys(user);
        browser.visible(By.id("password")).sendKeys(password);
        browser.click(By.cssSelector("button[type=submit]"));
        browser.until(d -> !d.getCurrentUrl().contains("/login"));
    }
}
