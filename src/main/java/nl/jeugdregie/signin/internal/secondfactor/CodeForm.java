package nl.jeugdregie.signin.internal.secondfactor;

/** The form with the code from the app; the typed text goes no further than {@link SecondFactorController}. */
public class CodeForm {

	private String code = "";

	public String getCode() {
		return code;
	}

	public void setCode(String code) {
		this.code = code == null ? "" : code;
	}

	/** Six digits; spaces some apps show in the middle are left out. */
	boolean wellFormed() {
		return digits().matches("\\d{" + TimeBasedCode.DIGITS + "}");
	}

	String digits() {
		return code.replace(" ", "").strip();
	}
}
