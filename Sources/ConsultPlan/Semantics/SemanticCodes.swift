// The diagnostic codes evaluation emits (CP03xx names and kinds, CP04xx values,
// dates and evaluation, CP07xx records and approval); entries are in DiagnosticCatalog+Semantics.swift.

/// Codes of names, kinds, values, dates, evaluation and records.
enum SemanticCode {
    // MARK: names and kinds (CP03xx)
    /// A name that nothing declares.
    static let unknownName = DiagnosticCode("CP0301")
    /// An ID or `let` name declared twice.
    static let duplicateName = DiagnosticCode("CP0302")
    /// A reference of the wrong kind (a department where a committee is required).
    static let wrongKind = DiagnosticCode("CP0303")
    /// A field the value does not have.
    static let unknownField = DiagnosticCode("CP0304")
    /// A function that does not exist.
    static let unknownFunction = DiagnosticCode("CP0305")
    /// A series name where a meeting is required.
    static let seriesNotMeeting = DiagnosticCode("CP0306")
    /// `forum.12` when the series has fewer occurrences.
    static let noSuchOccurrence = DiagnosticCode("CP0307")
    /// A word that is not a value of the required kind (`form plenery`).
    static let unknownValueWord = DiagnosticCode("CP0308")
    /// A template that reaches itself.
    static let templateCycle = DiagnosticCode("CP0309")
    /// `use` with the wrong number of arguments.
    static let templateArity = DiagnosticCode("CP0310")
    /// A group that depends on itself.
    static let groupCycle = DiagnosticCode("CP0311")
    /// `it` outside a `where` condition.
    static let itOutsideWhere = DiagnosticCode("CP0312")
    /// `severity RULE` naming no rule.
    static let unknownRule = DiagnosticCode("CP0313")
    /// An attribute given twice in one declaration.
    static let repeatedAttribute = DiagnosticCode("CP0314")
    /// An ID built by interpolation that is not an identifier.
    static let badGeneratedID = DiagnosticCode("CP0315")

    // MARK: values, dates and evaluation (CP04xx)
    /// Operands of the wrong types for an operator.
    static let typeMismatch = DiagnosticCode("CP0401")
    /// Integer overflow or a number out of range.
    static let overflow = DiagnosticCode("CP0402")
    /// Division by zero.
    static let divisionByZero = DiagnosticCode("CP0403")
    /// Day arithmetic leaving 0001-01-01 … 9999-12-31.
    static let dayOutOfRange = DiagnosticCode("CP0404")
    /// A value of the wrong type where an attribute or argument needs another.
    static let wrongType = DiagnosticCode("CP0405")
    /// A required attribute missing.
    static let missingAttribute = DiagnosticCode("CP0406")
    /// No `plan` declaration.
    static let missingPlan = DiagnosticCode("CP0407")
    /// More than one `plan`.
    static let duplicatePlan = DiagnosticCode("CP0408")
    /// More than one `policy`.
    static let duplicatePolicy = DiagnosticCode("CP0409")
    /// An end before its start.
    static let endBeforeStart = DiagnosticCode("CP0410")
    /// A day outside the plan's year.
    static let outsideYear = DiagnosticCode("CP0411")
    /// Hours or minutes in a deadline.
    static let timeOfDayDeadline = DiagnosticCode("CP0413")
    /// An `every` combination that the cadence grammar does not allow.
    static let badCadence = DiagnosticCode("CP0414")
    /// `prepare … due N after` or `follow_up … due N before`.
    static let dueDirection = DiagnosticCode("CP0415")
    /// A `require` that does not hold.
    static let requireFailed = DiagnosticCode("CP0416")
    /// A `warn` that does not hold.
    static let warnFailed = DiagnosticCode("CP0417")
    /// Topics count differs from occurrences.
    static let seriesTopics = DiagnosticCode("CP0418")
    /// Occurrences merged or dropped by `shift holidays`.
    static let seriesShift = DiagnosticCode("CP0419")
    /// A computed day in a year without calendar data.
    static let noCalendarData = DiagnosticCode("CP0420")
    /// A role word no member has.
    static let unknownRole = DiagnosticCode("CP0421")
    /// `from report` with no report day (a note).
    static let noReportDay = DiagnosticCode("CP0422")
    /// `holiday`/`workday` not at the top level of a file.
    static let calendarOverridePlacement = DiagnosticCode("CP0423")
    /// A function called with the wrong number or kind of arguments.
    static let badArguments = DiagnosticCode("CP0424")
    /// A number out of the range an attribute allows.
    static let valueOutOfRange = DiagnosticCode("CP0425")
    /// More than one `approval`.
    static let duplicateApproval = DiagnosticCode("CP0426")
    /// A condition that is not a boolean.
    static let notBoolean = DiagnosticCode("CP0427")
    /// A deadline that cannot be computed (out of the day range).
    static let deadlineOutOfRange = DiagnosticCode("CP0428")

    // MARK: records and approval (CP07xx)
    /// A record of something that is not a meeting.
    static let recordTarget = DiagnosticCode("CP0701")
    /// A meeting recorded both held and cancelled.
    static let heldAndCancelled = DiagnosticCode("CP0702")
    /// Records of one meeting that contradict each other.
    static let contradictoryRecords = DiagnosticCode("CP0703")
    /// `received` from a department that owes no feedback on the meeting.
    static let receivedWithoutDuty = DiagnosticCode("CP0704")
    /// `received` twice for one department in one record.
    static let receivedTwice = DiagnosticCode("CP0705")
    /// A member recorded both absent and on leave.
    static let absentAndLeave = DiagnosticCode("CP0706")
    /// An approval step given twice.
    static let repeatedApprovalStep = DiagnosticCode("CP0707")
}
