package kg.ovop.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import kg.ovop.certification.ApplicationStore;
import kg.ovop.certification.BrandApplications;
import kg.ovop.certification.BrandCertification;
import kg.ovop.certification.EngineDriver;
import kg.ovop.certification.TestApplications;

/** The producer portal's pages: sign-up, CSRF, access, validation messages, escaping, languages. */
@SpringBootTest(properties = {"ovop.mail.delivery=outbox", "camunda.bpm.job-execution.enabled=false"})
@AutoConfigureMockMvc
@ActiveProfiles("test")
class PortalPagesIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    IdentityService identity;

    static RequestPostProcessor producer(String name) {
        return user(name).authorities(new SimpleGrantedAuthority("GROUP_producers"));
    }

    static MockHttpServletRequestBuilder application(Object... overrides) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("producerType", "cooperative");
        fields.put("producerName", "Нарын жүн кооперативи");
        fields.put("taxpayerNumber", "01234567890123");
        fields.put("phone", "+996555000111");
        fields.put("email", "naryn@example.org");
        fields.put("preferredLanguage", "ky");
        fields.put("region", "KG-N");
        fields.put("district", "Нарын району");
        fields.put("aiylAimak", "Эмгек-Талаа");
        fields.put("village", "Таш-Башат");
        fields.put("productNameKy", "Кийиз");
        fields.put("productNameRu", "Войлок");
        fields.put("category", "textiles-felt");
        fields.put("localRawMaterialShare", "90");
        fields.put("annualCapacity", "200");
        fields.put("capacityUnit", "pieces");
        fields.put("registeredBusiness", "true");
        fields.put("description", "Felt made by hand.");
        for (int i = 0; i < overrides.length; i += 2) {
            fields.put((String) overrides[i], (String) overrides[i + 1]);
        }
        MockHttpServletRequestBuilder request = post("/portal/applications").with(csrf());
        fields.forEach(request::param);
        return request;
    }

    @Test
    void aProducerSignsUpAndLandsInTheirPortalAfterSigningIn() throws Exception {
        String name = "p" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);

        mvc.perform(post("/signup").with(csrf()).param("username", name).param("firstName", "Айжан")
                        .param("lastName", "Осмонова").param("email", name + "@example.org").param("language", "ky")
                        .param("password", "korgon-2026-jash"))
                .andExpect(redirectedUrl("/login?registered=&username=" + name));

        assertThat(identity.checkPassword(name, "korgon-2026-jash")).isTrue();
        assertThat(identity.createUserQuery().userId(name).memberOfGroup("producers").count()).isEqualTo(1);
        assertThat(identity.getUserInfo(name, ProducerAccounts.LANGUAGE)).isEqualTo("ky");
        mvc.perform(post("/login").with(csrf()).param("username", name).param("password", "korgon-2026-jash"))
                .andExpect(redirectedUrl("/portal"));
    }

    @Test
    void theFrontPageLinksTheRegistryAndThePortal() throws Exception {
        mvc.perform(get("/").header("Accept-Language", "ru"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"/registry\"")))
                .andExpect(content().string(containsString("href=\"/signup\"")))
                .andExpect(content().string(containsString("Проверка сертификата")));
    }

    @Test
    void aFailedSignInDoesNotLockTheAccount() throws Exception {
        mvc.perform(post("/login").with(csrf()).param("username", "grantcommittee1").param("password", "guess"))
                .andExpect(redirectedUrl("/login?error&username=grantcommittee1"));
        mvc.perform(get("/login").param("error", "").param("username", "grantcommittee1").param("lang", "en"))
                .andExpect(content().string(containsString("value=\"grantcommittee1\"")));
        // No per-account lock to abuse: the right password works at once (guessing is throttled per client).
        mvc.perform(post("/login").with(csrf()).param("username", "grantcommittee1").param("password", "demo"))
                .andExpect(redirectedUrl("/"));
    }

    @Test
    void anEmptyOrOverlongAnswerIsShownAsAProblemAndNothingIsSent(@Autowired ProcessEngine engine,
            @Autowired BrandApplications door, @Autowired ApplicationStore applications) throws Exception {
        EngineDriver driver = new EngineDriver(engine, door);
        ProcessInstance instance = driver.submit(TestApplications.form());
        driver.runDueJobs(instance);
        driver.complete(instance, BrandCertification.TASK_SCREEN_APPLICATION, "agency1", "agency",
                Map.of("screeningDecision", "requestInformation", "informationRequest", "Photos of the packaging?"));

        for (String answer : List.of(" ", "x".repeat(4001))) {
            mvc.perform(post("/portal/applications/" + instance.getBusinessKey() + "/information").param("answer", answer)
                            .with(csrf()).with(producer("producer1")))
                    .andExpect(status().is3xxRedirection())
                    .andExpect(flash().attribute("problem", "Жооп жазыңыз (эң көп 4000 белги)."));
        }
        assertThat(applications.latestDecision(instance.getBusinessKey(), "information")).isEmpty();
        assertThat(driver.task(instance, BrandCertification.TASK_PROVIDE_INFORMATION)).isNotNull();
    }

    /** A saved draft opens page by page with what it holds; the last page saves it in place, and it is submitted as edited. */
    @Test
    void aDraftIsEditedPageByPageAndSubmitted(@Autowired BrandApplications door, @Autowired ApplicationStore applications)
            throws Exception {
        String number = mvc.perform(application().with(producer("producer1"))).andReturn().getResponse().getRedirectedUrl()
                .replace("/portal/applications/", "");
        int drafts = door.list("producer1").size();

        mvc.perform(get("/portal/applications/" + number + "/edit").param("lang", "en").with(producer("producer1")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"Нарын жүн кооперативи\"")))
                .andExpect(content().string(containsString("name=\"number\" value=\"" + number + "\"")));
        mvc.perform(application("number", number, "productNameRu", "Войлочный ковёр", "annualCapacity", "250")
                        .with(producer("producer1")))
                .andExpect(redirectedUrl("/portal/applications/" + number));

        assertThat(door.list("producer1")).as("saved in place, no second draft").hasSize(drafts);
        assertThat(applications.get(number).productNameRu()).isEqualTo("Войлочный ковёр");
        assertThat(applications.get(number).registeredBusiness()).isTrue();
        TestApplications.attachRequired(door, "producer1", number);
        mvc.perform(post("/portal/applications/" + number + "/submit").with(csrf()).with(producer("producer1")))
                .andExpect(flash().attributeExists("problem"));
        mvc.perform(post("/portal/applications/" + number + "/submit").param("checked", "true").with(csrf())
                .with(producer("producer1"))).andExpect(flash().attributeExists("notice"));
        assertThat(applications.get(number).status()).isNotEqualTo(kg.ovop.certification.ApplicationStatus.draft);
        mvc.perform(get("/portal/applications/" + number + "/edit").with(producer("producer1")))
                .andExpect(redirectedUrl("/portal/applications/" + number));
        mvc.perform(get("/portal/applications/" + number + "/edit").with(producer("otherproducer")))
                .andExpect(status().isNotFound());
    }

    /** A fresh certificate says when renewal opens; asking earlier is refused with the reason, in the page's language. */
    @Test
    void renewalOpensNinetyDaysBeforeExpiry(@Autowired BrandApplications door, @Autowired ApplicationStore applications,
            @Autowired kg.ovop.certificate.CertificateRegistry certificates) throws Exception {
        var application = door.createDraft("producer1", TestApplications.applicationForm(TestApplications.form()));
        var certificate = certificates.issue(new kg.ovop.certificate.CertificateRequest(application.number(),
                application.producerName(), application.taxpayerNumber(), application.email(), application.preferredLanguage(),
                application.productNameKy(), application.productNameRu(), application.productNameEn(), application.category(),
                application.regionCode(), application.district(), application.village(), 4, null));
        applications.certificateIssued(application.number(), certificate.number());
        String opens = certificate.expiresOn().minusDays(90).format(java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy"));

        mvc.perform(get("/portal/applications/" + application.number()).param("lang", "en").with(producer("producer1")))
                .andExpect(content().string(containsString("Renewal can be applied for from " + opens + ".")))
                .andExpect(content().string(not(containsString("Apply for renewal"))));
        mvc.perform(post("/portal/certificates/" + certificate.number() + "/renew").param("application", application.number())
                        .param("lang", "en").with(csrf()).with(producer("producer1")))
                .andExpect(redirectedUrl("/portal/applications/" + application.number()))
                .andExpect(flash().attribute("problem", containsString("renewal opens 90 days before it expires")));
        mvc.perform(post("/portal/certificates/" + certificate.number() + "/renew").param("application", application.number())
                .with(csrf()).with(producer("otherproducer"))).andExpect(status().isNotFound());
    }

    String linkToken(org.springframework.jdbc.core.JdbcTemplate jdbc, String kind, String email) {
        String body = jdbc.queryForList("SELECT body_text FROM ovop_mail_message WHERE kind = ? AND recipient = ? ORDER BY id DESC",
                String.class, kind, email).get(0);
        java.util.regex.Matcher token = java.util.regex.Pattern.compile("\\?token=([A-Za-z0-9_-]+)").matcher(body);
        assertThat(token.find()).as(body).isTrue();
        return token.group(1);
    }

    @Test
    void aForgottenPasswordIsResetByALinkThatWorksOnceAndForAnHour(@Autowired org.springframework.jdbc.core.JdbcTemplate jdbc)
            throws Exception {
        String name = "r" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        var user = identity.newUser(name);
        user.setEmail(name + "@example.org");
        user.setPassword("old-password-2026");
        identity.saveUser(user);
        int mails = jdbc.queryForObject("SELECT COUNT(*) FROM ovop_mail_message WHERE kind = 'PASSWORD_RESET'", Integer.class);

        mvc.perform(post("/password/forgot").param("account", "nobody-" + name).with(csrf())).andExpect(redirectedUrl("/password/forgot"));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM ovop_mail_message WHERE kind = 'PASSWORD_RESET'", Integer.class))
                .as("nothing sent, and the answer is the same").isEqualTo(mails);
        mvc.perform(post("/password/forgot").param("account", name + "@example.org").with(csrf()))
                .andExpect(redirectedUrl("/password/forgot")).andExpect(flash().attribute("sent", true));
        String token = linkToken(jdbc, "PASSWORD_RESET", name + "@example.org");

        mvc.perform(get("/password/reset").param("token", token).param("lang", "en")).andExpect(status().isOk())
                .andExpect(content().string(containsString("name=\"password\"")));
        mvc.perform(post("/password/reset").param("token", token).param("password", "short").param("lang", "en").with(csrf()))
                .andExpect(content().string(containsString("The new password must have 10 to 100 characters.")));
        mvc.perform(post("/password/reset").param("token", token).param("password", "new-password-2026").with(csrf()))
                .andExpect(redirectedUrl("/login?reset=&username=" + name));
        assertThat(identity.checkPassword(name, "new-password-2026")).isTrue();
        assertThat(identity.checkPassword(name, "old-password-2026")).isFalse();
        mvc.perform(post("/password/reset").param("token", token).param("password", "third-password-2026").param("lang", "en")
                .with(csrf())).andExpect(content().string(containsString("This link is no longer valid")));
        assertThat(identity.checkPassword(name, "third-password-2026")).as("used once").isFalse();

        mvc.perform(post("/password/forgot").param("account", name).with(csrf()));
        String late = linkToken(jdbc, "PASSWORD_RESET", name + "@example.org");
        jdbc.update("UPDATE ovop_account_token SET expires_at = created_at WHERE user_id = ? AND used_at IS NULL", name);
        mvc.perform(get("/password/reset").param("token", late).param("lang", "en"))
                .andExpect(content().string(containsString("This link is no longer valid")));
    }

    @Test
    void aNewAccountConfirmsItsAddressBeforeItsApplicationIsSubmitted(@Autowired org.springframework.jdbc.core.JdbcTemplate jdbc,
            @Autowired BrandApplications door) throws Exception {
        String name = "c" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        mvc.perform(post("/signup").with(csrf()).param("username", name).param("firstName", "Нурлан").param("lastName", "Асанов")
                .param("email", name + "@example.org").param("language", "ru").param("password", "tash-kumyr-2026"))
                .andExpect(status().is3xxRedirection());
        var draft = door.createDraft(name, TestApplications.applicationForm(TestApplications.form()));
        TestApplications.attachRequired(door, name, draft.number());
        mvc.perform(get("/portal").param("lang", "en").with(producer(name)))
                .andExpect(content().string(containsString("Confirm your e-mail address")));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> door.submit(name, draft.number()))
                .isInstanceOf(kg.ovop.web.BadRequestException.class).hasMessageContaining("confirm your e-mail");

        String token = linkToken(jdbc, "EMAIL_CONFIRMATION", name + "@example.org");
        mvc.perform(get("/signup/confirm").param("token", token).param("lang", "en"))
                .andExpect(content().string(containsString("your e-mail address is confirmed")));
        mvc.perform(get("/signup/confirm").param("token", token).param("lang", "en"))
                .andExpect(content().string(containsString("This link is no longer valid")));
        assertThat(door.submit(name, draft.number()).status()).isNotEqualTo(kg.ovop.certification.ApplicationStatus.draft);
        mvc.perform(get("/portal").param("lang", "en").with(producer(name)))
                .andExpect(content().string(not(containsString("Confirm your e-mail address"))));
    }

    /** Ineligible and not recommended: the portal says why, in each of its languages, with the total. */
    @Test
    void theApplicationPageSaysWhyTheBrandWasRefused(@Autowired ProcessEngine engine, @Autowired BrandApplications door,
            @Autowired org.springframework.context.MessageSource messages) throws Exception {
        EngineDriver driver = new EngineDriver(engine, door);
        ProcessInstance ineligible = driver.submit(TestApplications.form("localRawMaterialShare", 30));
        driver.runDueJobs(ineligible);
        ProcessInstance lowScores = driver.submit(TestApplications.form());
        driver.runDueJobs(lowScores);
        driver.complete(lowScores, BrandCertification.TASK_SCREEN_APPLICATION, "agency1", "agency", Map.of("screeningDecision", "accept"));
        driver.complete(lowScores, BrandCertification.TASK_REVIEW_QUALITY, "academia1", "academia",
                Map.of("conflictOfInterest", "none", "qualityScore", 21, "labResult", "fail"));
        driver.complete(lowScores, BrandCertification.TASK_REVIEW_MARKET, "association1", "association",
                Map.of("conflictOfInterest", "none", "marketingScore", 9, "communityScore", 12));

        for (String language : List.of("ky", "ru", "en")) {
            java.util.Locale locale = java.util.Locale.forLanguageTag(language);
            mvc.perform(get("/portal/applications/" + ineligible.getBusinessKey()).param("lang", language).with(producer("producer1")))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString(messages.getMessage("eligibility.local-share-too-low", null, locale))));
            mvc.perform(get("/portal/applications/" + lowScores.getBusinessKey()).param("lang", language).with(producer("producer1")))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString(messages.getMessage("rating.lab-failed", new Object[] {42}, locale))))
                    .andExpect(content().string(containsString(
                            org.springframework.web.util.HtmlUtils.htmlEscape(messages.getMessage("rating.below-pass-mark", new Object[] {42}, locale)))))
                    .andExpect(content().string(not(containsString("academia1"))));
        }
    }

    @Test
    void aDisguisedFileIsRefusedInTheReadersLanguage() throws Exception {
        String location = mvc.perform(application().with(producer("producer1")))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        MockMultipartFile exe = new MockMultipartFile("file",
                "photo.jpg", "image/jpeg", new byte[] {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0});

        mvc.perform(multipart(location + "/documents")
                        .file(exe).param("kind", "photo").with(csrf()).with(producer("producer1")))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("problem",
                        "PDF, JPEG же PNG файлдар гана кабыл алынат (файлдын аты эмес, мазмуну текшерилет)."));
    }

    @Test
    void theProfileIsCheckedSavedAndCopiedIntoANewApplication() throws Exception {
        String name = "profile" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        mvc.perform(post("/portal/profile").with(csrf()).with(producer(name)).header("Accept-Language", "ru")
                        .param("producerType", "cooperative").param("producerName", "Таласская фасоль")
                        .param("taxpayerNumber", "12").param("phone", "+996312000000").param("email", "talas@example.org")
                        .param("preferredLanguage", "ru").param("region", "KG-T").param("district", "Таласский район")
                        .param("aiylAimak", "Кара-Ой").param("village", "Кара-Ой"))
                .andExpect(content().string(containsString("ИНН состоит из 14 цифр")));
        mvc.perform(post("/portal/profile").with(csrf()).with(producer(name))
                        .param("producerType", "cooperative").param("producerName", "Таласская фасоль")
                        .param("taxpayerNumber", "12345678901234").param("phone", "+996312000000").param("email", "talas@example.org")
                        .param("preferredLanguage", "ru").param("region", "KG-T").param("district", "Таласский район")
                        .param("aiylAimak", "Кара-Ой").param("village", "Кара-Ой"))
                .andExpect(status().isOk());

        // The first page shows who applies; where is carried to the second page.
        mvc.perform(get("/portal/applications/new").with(producer(name)))
                .andExpect(content().string(containsString("value=\"Таласская фасоль\"")))
                .andExpect(content().string(containsString("value=\"12345678901234\"")))
                .andExpect(content().string(containsString("<input type=\"hidden\" name=\"region\" value=\"KG-T\">")));
    }

    @Test
    void theApplicationFormGoesPageByPageCheckingEachPage() throws Exception {
        RequestPostProcessor producer = producer("stepper");
        // Page 1 with a wrong taxpayer number: page 1 again, only its own problem shown.
        mvc.perform(post("/portal/applications/new").with(csrf()).with(producer).header("Accept-Language", "ru")
                        .param("step", "1").param("producerType", "cooperative").param("producerName", "Ош жемиштери")
                        .param("taxpayerNumber", "123").param("phone", "+996555000111").param("email", "osh@example.org")
                        .param("preferredLanguage", "ru"))
                .andExpect(content().string(containsString("ИНН состоит из 14 цифр")))
                .andExpect(content().string(containsString("<input type=\"hidden\" name=\"step\" value=\"1\">")))
                .andExpect(content().string(not(containsString("id=\"productNameKy\""))));
        // Page 1 right: page 2, with page 1 carried along.
        mvc.perform(post("/portal/applications/new").with(csrf()).with(producer).header("Accept-Language", "ru")
                        .param("step", "1").param("producerType", "cooperative").param("producerName", "Ош жемиштери")
                        .param("taxpayerNumber", "12345678901234").param("phone", "+996555000111")
                        .param("email", "osh@example.org").param("preferredLanguage", "ru"))
                .andExpect(content().string(containsString("<input type=\"hidden\" name=\"step\" value=\"2\">")))
                .andExpect(content().string(containsString("<input type=\"hidden\" name=\"taxpayerNumber\" value=\"12345678901234\">")))
                .andExpect(content().string(containsString("id=\"district\"")))
                .andExpect(content().string(not(containsString("field-error\">"))));
        // A district that is not the region's: page 2 again with the field named.
        mvc.perform(post("/portal/applications/new").with(csrf()).with(producer).header("Accept-Language", "en")
                        .param("step", "2").param("region", "KG-O").param("district", "Kochkor District")
                        .param("aiylAimak", "Kashka-Suu").param("village", "Kashka-Suu"))
                .andExpect(content().string(containsString("«Kochkor District» is not a district of this region")))
                .andExpect(content().string(containsString("<input type=\"hidden\" name=\"step\" value=\"2\">")));
        // Back from page 3 keeps what was typed.
        mvc.perform(post("/portal/applications/new").with(csrf()).with(producer).param("step", "3").param("back", "true")
                        .param("productNameKy", "Өрүк"))
                .andExpect(content().string(containsString("<input type=\"hidden\" name=\"step\" value=\"2\">")))
                .andExpect(content().string(containsString("<input type=\"hidden\" name=\"productNameKy\" value=\"Өрүк\">")));
        // Saving with a page-3 field missing opens page 3 with the problem.
        mvc.perform(application("annualCapacity", "").with(producer).header("Accept-Language", "en"))
                .andExpect(content().string(containsString("<input type=\"hidden\" name=\"step\" value=\"3\">")))
                .andExpect(content().string(containsString("id=\"annualCapacity\"")));
    }

    @Test
    void formsWithoutTheCsrfTokenAreRefused() throws Exception {
        mvc.perform(post("/signup").param("username", "nocsrf").param("password", "0123456789"))
                .andExpect(status().isForbidden());
        mvc.perform(application().with(producer("producer1")).with(csrf().useInvalidToken()))
                .andExpect(status().isForbidden());
    }

    @Test
    void badSignUpShowsWhatIsWrongInTheReadersLanguage() throws Exception {
        mvc.perform(post("/signup?lang=ru").with(csrf()).param("username", "X").param("firstName", "")
                        .param("lastName", "L").param("email", "not-mail").param("language", "ru").param("password", "short"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Используйте от 3 до 30 строчных латинских букв")))
                .andExpect(content().string(containsString("Пароль должен содержать не менее 10 символов")));
        mvc.perform(post("/signup").with(csrf()).param("username", "producer1").param("firstName", "A")
                        .param("lastName", "B").param("email", "a@example.org").param("language", "en")
                        .param("password", "0123456789abc"))
                .andExpect(content().string(containsString("Бул ат бош эмес")));
    }

    @Test
    void onlyProducersUseThePortal() throws Exception {
        mvc.perform(get("/portal")).andExpect(redirectedUrlPattern("**/login"));
        mvc.perform(get("/portal").with(user("agency1").authorities(new SimpleGrantedAuthority("GROUP_agency"))))
                .andExpect(status().isForbidden());
        mvc.perform(get("/portal").with(producer("producer1")).header("Accept-Language", "ky"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Менин арыздарым")));
    }

    @Test
    void invalidApplicationIsShownAgainWithMessagesAndNothingIsStored() throws Exception {
        mvc.perform(application("taxpayerNumber", "123", "localRawMaterialShare", "abc").with(producer("producer1"))
                        .header("Accept-Language", "ky"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Салык төлөөчүнүн номеринде 14 сан болот")))
                .andExpect(content().string(containsString("value=\"Нарын жүн кооперативи\"")));
        mvc.perform(application("localRawMaterialShare", "abc").with(producer("producer1")).header("Accept-Language", "ky"))
                .andExpect(content().string(containsString("Сан болушу керек")))
                .andExpect(content().string(containsString("<input type=\"hidden\" name=\"taxpayerNumber\"")));
    }

    @Test
    void textFromProducersIsEscapedAndOthersApplicationsAreNotFound() throws Exception {
        String location = mvc.perform(application("productNameKy", "<script>alert('x')</script>").with(producer("producer1")))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();

        mvc.perform(get(location).with(producer("producer1")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;")))
                .andExpect(content().string(not(containsString("<script>alert"))));
        mvc.perform(get(location).with(producer("someoneelse"))).andExpect(status().isNotFound());
    }
}
