/// A future passive a circular orders, whose agent the text names: "Les plaintes seront
/// traitées en priorité par les services de police et de gendarmerie". The agent acts, not
/// the addressees (nor the person the act is done to). A bare modal's passive with an agent
/// stays the law speaking ("doivent être prises en compte par le juge des libertés").
extension ClauseMatcher {
    /// The actor of a passive duty whose agent (after "par" and its determiner, at `agent`)
    /// is a role the lexicons know: that role, by its slug as a subject would be ("par les
    /// services de la préfecture" → prefet-de-departement, even in a text to the préfets: the
    /// development set names an addressee's own office by its title). An agent they do
    /// not know ("doivent être prises en compte par le juge") leaves the law speaking, and
    /// the ministry's own directorates ("seront examinés par la DGEF") describe its work: nil.
    /// Not in a relative clause, not in a press item (which reports what others do).
    func passiveAgentDuty(_ w: [String], _ k: Int, agent: Int) -> String? {
        guard !isPress, agent < w.count, !inRelative(w, k), let id = actorPhrase(w, at: agent),
              !lex.selfServices.contains(id) else { return nil }
        return id
    }
}
