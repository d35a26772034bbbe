package org.casecoordination.security.admin;

/** What an administrator types to reset a password: the temporary password, twice. */
public class TemporaryPasswordForm {

    private String password;
    private String confirmation;

    public String getPassword() { return password; }
    public void setPassword(String password) { this.password = password; }
    public String getConfirmation() { return confirmation; }
    public void setConfirmation(String confirmation) { this.confirmation = confirmation; }
}
