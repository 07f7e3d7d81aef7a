package nl.jeugdregie.findability.internal.information;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("VIND-1: a page's markdown-lite text becomes headings, paragraphs and lists, nothing else")
class PageBodyUnitTests {

	@Test
	void splitsHeadingsParagraphsAndLists() {
		var blocks = PageBody.blocks("""
				Eerste regel
				loopt door.

				## Tips
				- een
				- twee
				Slot <script>alert(1)</script>""");
		assertThat(blocks).containsExactly(new PageBody.Paragraph("Eerste regel loopt door."),
				new PageBody.Heading("Tips"), new PageBody.BulletList(java.util.List.of("een", "twee")),
				new PageBody.Paragraph("Slot <script>alert(1)</script>"));
	}
}
