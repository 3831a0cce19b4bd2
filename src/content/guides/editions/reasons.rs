//! The join to the results' reasons in an edition (`cities/<city>/guides/<flow>.en.toml`, read
//! and checked against the flow by `guides::edition_reasons`): a flow's outcomes with each
//! window's reason in the edition, or nothing when the city has no such file yet — its edition
//! guide is then not made, and the language selector says the page is not in that language.

use crate::content::guides::checked::CheckedFlow;
use crate::guide::Outcome;
use crate::site::Edition;

/// The flow's outcomes with every reason in `edition`, or `None` if the city has no reasons in
/// that edition or a reason has no text there (the reasons' own check reports that).
pub fn translated_outcomes(flow: &CheckedFlow, edition: Edition) -> Option<Vec<Outcome>> {
    let reasons = flow.reasons_in(edition)?;
    flow.flow
        .outcomes
        .iter()
        .map(|outcome| {
            let mut outcome = outcome.clone();
            for pick in outcome.windows.to_mut().iter_mut() {
                pick.reason = reasons.reason(&pick.reason)?.to_string().into();
            }
            Some(outcome)
        })
        .collect()
}
