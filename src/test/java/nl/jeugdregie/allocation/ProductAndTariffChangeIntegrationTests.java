package nl.jeugdregie.allocation;

import static nl.jeugdregie.allocation.AllocationApi.as;
import static nl.jeugdregie.allocation.AllocationApi.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.ArrayList;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import nl.jeugdregie.IntegrationTest;
import nl.jeugdregie.TestFixtures;
import nl.jeugdregie.identity.CurrentUser;
import nl.jeugdregie.identity.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** Issue 15 item 1: changing a product and ending a contract's tariff line, on the version seen (TOEW-2, TOEW-6). */
@IntegrationTest
@DisplayName("Issue 15: changing a product and ending a tariff line (TOEW-2, TOEW-6)")
class ProductAndTariffChangeIntegrationTests {

	@Autowired MockMvc mvc;
	@Autowired TestFixtures fixtures;
	@Autowired JdbcClient jdbc;

	CurrentUser keeper;
	String product;
	String contract;

	@BeforeEach
	void setUp() throws Exception {
		var world = fixtures.newWorld();
		keeper = fixtures.user(Role.POLICY_OFFICER, world.municipality(), null);
		var api = new AllocationApi(mvc);
		product = api.product(keeper, "45", "45A01", "Ambulante begeleiding", "04", "2");
		var provider = api.provider(keeper, "Zorggroep Maasland", "98000011");
		contract = api.contract(keeper, provider, true, true, product);
		api.tariff(keeper, contract, product, "84,50", "2026-01-01", "");
	}

	@Test
	@DisplayName("TOEW-2: a product's name, unit and frequency change on the version seen; its code stays; a second change on the old version is stale")
	void changesAProduct() throws Exception {
		mvc.perform(json(keeper, put("/api/v1/allocation/products/{id}", product), "{\"name\":\"x\",\"unit\":\"04\",\"frequency\":\"2\"}"))
				.andExpect(status().isPreconditionRequired());
		mvc.perform(json(keeper, put("/api/v1/allocation/products/{id}", product).header("If-Match", "\"0\""),
				"{\"name\":\"\",\"unit\":\"99\",\"frequency\":\"2\"}"))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[?(@.field=='name')]").exists())
				.andExpect(jsonPath("$.errors[?(@.field=='unit')]").exists());
		mvc.perform(json(keeper, put("/api/v1/allocation/products/{id}", product).header("If-Match", "\"0\""),
				"{\"name\":\"Ambulante begeleiding individueel\",\"unit\":\"01\",\"frequency\":\"1\"}"))
				.andExpect(status().isOk())
				.andExpect(header().string("ETag", "\"1\""))
				.andExpect(jsonPath("$.code").value("45A01"))
				.andExpect(jsonPath("$.name").value("Ambulante begeleiding individueel"))
				.andExpect(jsonPath("$.unit").value("01"))
				.andExpect(jsonPath("$.frequency").value("1"))
				.andExpect(jsonPath("$.version").value(1));
		mvc.perform(json(keeper, put("/api/v1/allocation/products/{id}", product).header("If-Match", "\"0\""),
				"{\"name\":\"Iets anders\",\"unit\":\"04\",\"frequency\":\"2\"}"))
				.andExpect(status().isConflict());
		assertThat(jdbc.sql("select name from allocation_product where id = cast(? as uuid)").param(product)
				.query(String.class).single()).isEqualTo("Ambulante begeleiding individueel");
	}

	@Test
	@DisplayName("TOEW-6: a tariff line ends on a last day, never before its start nor into the next line; every end is kept")
	void endsATariffLine() throws Exception {
		var line = line(0);
		mvc.perform(json(keeper, put("/api/v1/allocation/contracts/{id}/tariffs/{t}", contract, line).header("If-Match", "\"0\""),
				"{\"effectiveUntil\":\"2025-12-31\"}"))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].field").value("lastDay"))
				.andExpect(jsonPath("$.errors[0].message").value(containsString("voor de eerste dag van dit tarief (1-1-2026)")));
		mvc.perform(json(keeper, put("/api/v1/allocation/contracts/{id}/tariffs/{t}", contract, line).header("If-Match", "\"0\""),
				"{\"effectiveUntil\":\"2026-12-31\"}"))
				.andExpect(status().isOk())
				.andExpect(header().string("ETag", "\"1\""))
				.andExpect(jsonPath("$.effectiveUntil").value("2026-12-31"))
				.andExpect(jsonPath("$.amountCents").value(8450));
		// The next price is a new line from 1 January 2027; the first line's end may not run into it.
		new AllocationApi(mvc).tariff(keeper, contract, product, "88,00", "2027-01-01", "");
		mvc.perform(json(keeper, put("/api/v1/allocation/contracts/{id}/tariffs/{t}", contract, line).header("If-Match", "\"1\""),
				"{\"effectiveUntil\":\"2027-03-31\"}"))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].message").value(containsString("kies 31-12-2026 of eerder")));
		mvc.perform(json(keeper, put("/api/v1/allocation/contracts/{id}/tariffs/{t}", contract, line).header("If-Match", "\"0\""),
				"{\"effectiveUntil\":\"2026-11-30\"}"))
				.andExpect(status().isConflict());
		assertThat(jdbc.sql("select count(*) from allocation_tariff_end where tariff_id = cast(? as uuid) and previous_until is null")
				.param(line).query(Long.class).single()).isEqualTo(1);
	}

	@Test
	@DisplayName("TOEW-2, TOEW-6 on screen: the product list links to changing a product; ending a tariff line goes through a check step, with the Dutch error next to the field")
	void changesOnScreen() throws Exception {
		var session = TestFixtures.login(mvc, keeper);
		mvc.perform(get("/toewijzing/producten").session(session))
				.andExpect(status().isOk())
				.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content().string(
						containsString("/toewijzing/producten/" + product + "/wijzigen")));
		mvc.perform(post("/toewijzing/producten/{id}/wijzigen", product).session(session).with(csrf())
						.param("version", "0").param("name", "Ambulante begeleiding groep").param("unit", "04").param("frequency", "2"))
				.andExpect(redirectedUrl("/toewijzing/producten"));

		var line = line(0);
		var refused = mvc.perform(post("/toewijzing/contracten/{id}/tarieven/{t}/beeindigen", contract, line).session(session)
						.with(csrf()).param("version", "0").param("lastDay", "31-12-2025"))
				.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(refused).contains("<title>Fout: Tarief beëindigen", "id=\"lastDay-fout\"", "Kies 1-1-2026 of later");
		var check = mvc.perform(post("/toewijzing/contracten/{id}/tarieven/{t}/beeindigen", contract, line).session(session)
						.with(csrf()).param("version", "0").param("lastDay", "30-6-2027"))
				.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(check).contains("Controleer het einde van het tarief", "30-6-2027", "Ambulante begeleiding groep");
		assertThat(jdbc.sql("select count(*) from allocation_tariff_end where tariff_id = cast(? as uuid)").param(line)
				.query(Long.class).single()).isZero();
		mvc.perform(post("/toewijzing/contracten/{id}/tarieven/{t}/beeindigen/bevestigen", contract, line).session(session)
						.with(csrf()).param("version", "0").param("lastDay", "30-6-2027"))
				.andExpect(redirectedUrl("/toewijzing/contracten/" + contract));
		mvc.perform(get("/toewijzing/contracten/{id}", contract).session(session))
				.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content().string(containsString("30-6-2027")));
	}

	@Test
	@DisplayName("TOEW-2, TOEW-6: two changes of one product, or two ends of one tariff line, at once: one wins, the others are stale")
	void changesOnceWhenChangedAtOnce() throws Exception {
		var line = line(0);
		var start = new CountDownLatch(1);
		var pool = Executors.newFixedThreadPool(6);
		var productCalls = new ArrayList<Callable<Integer>>();
		var tariffCalls = new ArrayList<Callable<Integer>>();
		for (var i = 0; i < 3; i++) {
			var name = "Naam " + i;
			var lastDay = "2027-0" + (3 + i) + "-30";
			productCalls.add(() -> {
				start.await();
				return mvc.perform(json(keeper, put("/api/v1/allocation/products/{id}", product).header("If-Match", "\"0\""),
						"{\"name\":\"" + name + "\",\"unit\":\"04\",\"frequency\":\"2\"}")).andReturn().getResponse().getStatus();
			});
			tariffCalls.add(() -> {
				start.await();
				return mvc.perform(json(keeper, put("/api/v1/allocation/contracts/{id}/tariffs/{t}", contract, line)
						.header("If-Match", "\"0\""), "{\"effectiveUntil\":\"" + lastDay + "\"}")).andReturn().getResponse().getStatus();
			});
		}
		var productFutures = productCalls.stream().map(pool::submit).toList();
		var tariffFutures = tariffCalls.stream().map(pool::submit).toList();
		start.countDown();
		var productStatuses = new ArrayList<Integer>();
		for (var future : productFutures) {
			productStatuses.add(future.get());
		}
		var tariffStatuses = new ArrayList<Integer>();
		for (var future : tariffFutures) {
			tariffStatuses.add(future.get());
		}
		pool.shutdown();
		assertThat(productStatuses).containsOnly(200, 409).filteredOn(s -> s == 200).hasSize(1);
		assertThat(tariffStatuses).containsOnly(200, 409).filteredOn(s -> s == 200).hasSize(1);
		assertThat(jdbc.sql("select count(*) from allocation_tariff_end where tariff_id = cast(? as uuid)").param(line)
				.query(Long.class).single()).isEqualTo(1);
	}

	/** The id of the contract's tariff line at {@code index}. */
	private String line(int index) throws Exception {
		return JsonPath.read(mvc.perform(as(keeper, get("/api/v1/allocation/contracts/{id}/tariffs", contract)))
				.andReturn().getResponse().getContentAsString(), "$[" + index + "].id");
	}
}
