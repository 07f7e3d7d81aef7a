package nl.jeugdregie.findability;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.jeugdregie.TestFixtures;
import nl.jeugdregie.findability.internal.information.Audience;
import nl.jeugdregie.findability.internal.information.InformationService;
import nl.jeugdregie.findability.internal.onlinerequest.OnlineRequestService;
import nl.jeugdregie.findability.internal.onlinerequest.PostcodeRange;
import nl.jeugdregie.findability.internal.publishing.PublicSites;
import nl.jeugdregie.findability.internal.socialmap.SocialMapService;
import nl.jeugdregie.findability.internal.socialmap.SocialMapService.NewLocation;
import nl.jeugdregie.findability.internal.socialmap.SocialMapService.NewOrganization;
import nl.jeugdregie.findability.internal.socialmap.SocialMapService.NewService;
import nl.jeugdregie.identity.Teams;
import org.springframework.context.ApplicationContext;

/**
 * A test municipality with a public CJG site: contact settings, team Noord serving district Noord (postcodes
 * 5341–5342) and team Zuid serving Zuid (5343–5344), two published pages and a draft, and a social map of two
 * organisations, the second kept by a provider, with one entry last confirmed seven months ago.
 */
final class PublicSiteWorlds {

	static final LocalDate TODAY = LocalDate.of(2026, 11, 16);
	private static final java.util.concurrent.atomic.AtomicInteger NEXT_AGB = new java.util.concurrent.atomic.AtomicInteger(
			(int) (System.nanoTime() % 1_000_000));

	record SiteWorld(TestFixtures.World world, String home, UUID parentingService, UUID providerService,
			UUID draftPage, String provider, AllocationLink link) {}

	private final TestFixtures fixtures;
	private final PublicSites sites;
	private final InformationService information;
	private final SocialMapService map;
	private final OnlineRequestService requests;
	private final Teams teams;

	private PublicSiteWorlds(TestFixtures fixtures, PublicSites sites, InformationService information, SocialMapService map,
			OnlineRequestService requests, Teams teams) {
		this.fixtures = fixtures;
		this.sites = sites;
		this.information = information;
		this.map = map;
		this.requests = requests;
		this.teams = teams;
	}

	/** Not a bean, so the shared test context stays the one every integration test uses. */
	static PublicSiteWorlds of(ApplicationContext context) {
		return new PublicSiteWorlds(context.getBean(TestFixtures.class), context.getBean(PublicSites.class),
				context.getBean(InformationService.class), context.getBean(SocialMapService.class),
				context.getBean(OnlineRequestService.class), context.getBean(Teams.class));
	}

	SiteWorld newSite() {
		var world = fixtures.newWorld();
		var code = world.municipality();
		sites.createForDemo(code, "CJG Test " + code.value(), "0412 000 000", "info@cjg-test.example",
				"Testlaan 1, Testdorp", "test");
		teams.serveDistricts(world.team().id(), List.of("Noord"));
		teams.serveDistricts(world.otherTeam().id(), List.of("Zuid"));
		requests.addRange(code, new PostcodeRange(5341, 5342, "Noord", LocalDate.of(2020, 1, 1)), "test");
		requests.addRange(code, new PostcodeRange(5343, 5344, "Zuid", LocalDate.of(2020, 1, 1)), "test");
		information.createPublished(code, "huilen-en-slapen", Audience.EVERYONE, "Huilen en slapen",
				"Uw baby huilt veel.", "Alle baby's huilen.\n\n## Tips\n- Rust\n- Ritme\n\n<script>alert('x')</script>",
				TODAY.minusDays(10), "test");
		information.createPublished(code, "stress", Audience.YOUNG_PEOPLE, "Stress door school?", "Herken je dat?",
				"Praat erover.", TODAY.minusDays(10), "test");
		information.createPublished(code, "later", Audience.EVERYONE, "Vanaf morgen", "Nog niet openbaar.",
				"Tekst.", TODAY.plusDays(1), "test");
		var draft = information.createDraft(code, "concept", Audience.EVERYONE, "Concept", "Nog niet af.", "Tekst.",
				"test");
		var link = new AllocationLink("%08d".formatted(10_000_000 + NEXT_AGB.incrementAndGet() % 89_999_999), "45");
		var provider = fixtures.user(nl.jeugdregie.identity.Role.PROVIDER, code, null);
		map.addOrganization(code, new NewOrganization("Opvoedpunt De Brug", "Advies over opvoeding.", null, null, null,
				null, List.of(new NewLocation("De Brug", "Straat 1", "5341 AB", "Testdorp", "Noord")),
				List.of(new NewService("Cursus Positief Opvoeden", "Zes avonden over opvoeden en grenzen stellen.", 2,
						12, null, null, List.of("opvoeden"), TODAY.minusMonths(1)))));
		map.addOrganization(code, new NewOrganization("Zorgaanbieder De Linde", "Ambulante jeugdhulp.", null, null,
				null, provider.username(), List.of(new NewLocation("De Linde", "Weg 2", "5343 CD", "Testdorp", "Zuid")),
				List.of(new NewService("Hulp bij angst", "Gesprekken voor jongeren die angstig of somber zijn.", 12, 23,
						null, link, List.of("psychisch"), TODAY.minusMonths(7)))));
		var services = map.all(code);
		var parenting = services.stream().filter(s -> s.name().startsWith("Cursus")).findFirst().orElseThrow().id();
		var providerService = services.stream().filter(s -> s.name().startsWith("Hulp")).findFirst().orElseThrow().id();
		return new SiteWorld(world, "/cjg/" + code.value(), parenting, providerService, draft, provider.username(), link);
	}
}
