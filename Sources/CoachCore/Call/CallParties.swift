/// Who a call is with, as every screen, list and report names it: "Acme Retail · Nick".
public enum CallParties {
    /// The account and the contact, those that are known; empty when neither is.
    public static func text(account: String, contact: String) -> String {
        [account, contact].filter { !$0.isEmpty }.joined(separator: " · ")
    }
}
