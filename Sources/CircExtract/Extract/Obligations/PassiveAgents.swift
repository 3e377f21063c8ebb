/// A passive duty whose agent the text names: an ordered future ("Les plaintes seront
/// traitées en priorité par les services de police et de gendarmerie") or a duty modal
/// ("Les dossiers doivent être instruits par les services de la préfecture"). The agent
/// acts, not the addressees (nor the person the act is done to); a judge as the agent of a
/// duty modal leaves the law speaking ("doivent être prises en compte par le juge").
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

    /// The actor of a duty modal's passive whose agent opens at `a` ("Les dossiers doivent
    /// être instruits par les services de la préfecture" → prefet-de-departement): the role
    /// the lexicons know, else `nobody` for an administration they have no title for
    /// (`passiveMeans.administrations`: "par les services de l'Office français de la
    /// biodiversité"); nil for a judge (`passiveMeans.judges`: "doivent être prises en compte
    /// par le juge" is the law speaking) or an agent that is neither.
    func dutyPassiveActor(_ w: [String], _ k: Int, agent a: Int) -> String? {
        guard a < w.count, !lex.passiveJudges.contains(w[a]) else { return nil }
        if let id = passiveAgentDuty(w, k, agent: a) { return id }
        guard !isPress, lex.passiveAdministrations.contains(w[a]), !inRelative(w, k) else { return nil }
        return Self.nobody
    }

    /// "Les autres circulaires pourront être signées par le secrétaire général": the future
    /// of a passive permission whose agent is an office or administration the lexicons have
    /// no title for (`passiveMeans.administrations`) states what the text allows that office,
    /// actor unnamed. The present ("peuvent être signées par le directeur") keeps describing
    /// the law, as `presentActPassive` reads it; a press item reports what others allow.
    func futurePermissionOfAnOffice(_ w: [String], _ k: Int, agent a: Int) -> Bool {
        guard !isPress, a < w.count, w[k] == "pourra" || w[k] == "pourront",
              lex.passiveAdministrations.contains(w[a]), !inRelative(w, k) else { return false }
        return true
    }
}
