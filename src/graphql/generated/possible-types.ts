
      export type PossibleTypesResultData = {
  "possibleTypes": {
    "Entity": [
      "ActionItem",
      "ActionPlan",
      "BudgetItem",
      "Country",
      "Document",
      "Framework",
      "Indicator",
      "Measurement",
      "Meeting",
      "Organization",
      "Person",
      "Place",
      "PolicyMeasure",
      "Region",
      "Sector",
      "Statement",
      "StrategyItem"
    ]
  }
};
      const result: PossibleTypesResultData = {
  "possibleTypes": {
    "Entity": [
      "ActionItem",
      "ActionPlan",
      "BudgetItem",
      "Country",
      "Document",
      "Framework",
      "Indicator",
      "Measurement",
      "Meeting",
      "Organization",
      "Person",
      "Place",
      "PolicyMeasure",
      "Region",
      "Sector",
      "Statement",
      "StrategyItem"
    ]
  }
};
      export default result;
    