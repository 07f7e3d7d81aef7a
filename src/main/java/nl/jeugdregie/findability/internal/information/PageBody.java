package nl.jeugdregie.findability.internal.information;

import java.util.ArrayList;
import java.util.List;

/**
 * VIND-1: a page's text in "markdown-lite": a line starting with {@code ## } is a heading, lines starting with
 * {@code - } form a list, other lines form paragraphs separated by an empty line. Nothing else has a meaning: the
 * text is shown escaped, so no HTML can be injected.
 */
public final class PageBody {

	/** One block of the page. */
	public sealed interface Block {
		/** The kind for the template: heading, paragraph or list. */
		String kind();
	}

	public record Heading(String text) implements Block {
		@Override
		public String kind() {
			return "heading";
		}
	}

	public record Paragraph(String text) implements Block {
		@Override
		public String kind() {
			return "paragraph";
		}
	}

	public record BulletList(List<String> items) implements Block {
		public BulletList {
			items = List.copyOf(items);
		}

		@Override
		public String kind() {
			return "list";
		}
	}

	private PageBody() {}

	public static List<Block> blocks(String body) {
		var blocks = new ArrayList<Block>();
		var paragraph = new StringBuilder();
		var items = new ArrayList<String>();
		for (var raw : body.split("\\R", -1)) {
			var line = raw.strip();
			if (line.startsWith("- ")) {
				flushParagraph(blocks, paragraph);
				items.add(line.substring(2).strip());
				continue;
			}
			flushList(blocks, items);
			if (line.isEmpty()) {
				flushParagraph(blocks, paragraph);
			} else if (line.startsWith("## ")) {
				flushParagraph(blocks, paragraph);
				blocks.add(new Heading(line.substring(3).strip()));
			} else {
				if (!paragraph.isEmpty()) {
					paragraph.append(' ');
				}
				paragraph.append(line);
			}
		}
		flushList(blocks, items);
		flushParagraph(blocks, paragraph);
		return List.copyOf(blocks);
	}

	private static void flushParagraph(List<Block> blocks, StringBuilder paragraph) {
		if (!paragraph.isEmpty()) {
			blocks.add(new Paragraph(paragraph.toString()));
			paragraph.setLength(0);
		}
	}

	private static void flushList(List<Block> blocks, List<String> items) {
		if (!items.isEmpty()) {
			blocks.add(new BulletList(items));
			items.clear();
		}
	}
}
