package org.csphub.partners.web;

/** Setting a password: the current one (only when users change their own) and the new one twice. */
public record PasswordForm(String currentPassword, String newPassword, String confirmPassword) {

	static PasswordForm empty() {
		return new PasswordForm("", "", "");
	}

	public boolean confirmed() {
		return newPassword != null && newPassword.equals(confirmPassword);
	}

	public char[] newPasswordChars() {
		return newPassword == null ? new char[0] : newPassword.toCharArray();
	}

}
