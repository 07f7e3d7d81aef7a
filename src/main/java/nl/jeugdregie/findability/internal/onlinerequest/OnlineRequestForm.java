package nl.jeugdregie.findability.internal.onlinerequest;

import org.jspecify.annotations.Nullable;

/**
 * VIND-3, TOE-2: the public form as typed. {@code website} is the honeypot: hidden from people (and from assistive
 * technology), filled in only by robots.
 */
public class OnlineRequestForm {

	private @Nullable String who;
	private @Nullable String givenName;
	private @Nullable String familyName;
	private @Nullable String dateOfBirth;
	private @Nullable String carerName;
	private @Nullable String carerRelation;
	private @Nullable String postcode;
	private @Nullable String phone;
	private @Nullable String email;
	private @Nullable String question;
	private @Nullable String website;
	private @Nullable String token;

	public @Nullable String getWho() { return who; }
	public void setWho(@Nullable String who) { this.who = who; }
	public @Nullable String getGivenName() { return givenName; }
	public void setGivenName(@Nullable String givenName) { this.givenName = givenName; }
	public @Nullable String getFamilyName() { return familyName; }
	public void setFamilyName(@Nullable String familyName) { this.familyName = familyName; }
	public @Nullable String getDateOfBirth() { return dateOfBirth; }
	public void setDateOfBirth(@Nullable String dateOfBirth) { this.dateOfBirth = dateOfBirth; }
	public @Nullable String getCarerName() { return carerName; }
	public void setCarerName(@Nullable String carerName) { this.carerName = carerName; }
	public @Nullable String getCarerRelation() { return carerRelation; }
	public void setCarerRelation(@Nullable String carerRelation) { this.carerRelation = carerRelation; }
	public @Nullable String getPostcode() { return postcode; }
	public void setPostcode(@Nullable String postcode) { this.postcode = postcode; }
	public @Nullable String getPhone() { return phone; }
	public void setPhone(@Nullable String phone) { this.phone = phone; }
	public @Nullable String getEmail() { return email; }
	public void setEmail(@Nullable String email) { this.email = email; }
	public @Nullable String getQuestion() { return question; }
	public void setQuestion(@Nullable String question) { this.question = question; }
	public @Nullable String getWebsite() { return website; }
	public void setWebsite(@Nullable String website) { this.website = website; }
	public @Nullable String getToken() { return token; }
	public void setToken(@Nullable String token) { this.token = token; }

	static String text(@Nullable String value) {
		return value == null ? "" : value.strip();
	}
}
