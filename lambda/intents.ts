/**
 * Intent, slot and slot-type names, shared by the handlers and the interaction model source
 * so the two cannot drift apart.
 */
export const Intent = {
  // Built-ins
  Next: 'AMAZON.NextIntent',
  Previous: 'AMAZON.PreviousIntent',
  Repeat: 'AMAZON.RepeatIntent',
  StartOver: 'AMAZON.StartOverIntent',
  Yes: 'AMAZON.YesIntent',
  No: 'AMAZON.NoIntent',
  Help: 'AMAZON.HelpIntent',
  Stop: 'AMAZON.StopIntent',
  Cancel: 'AMAZON.CancelIntent',
  Fallback: 'AMAZON.FallbackIntent',
  NavigateHome: 'AMAZON.NavigateHomeIntent',
  Pause: 'AMAZON.PauseIntent',
  Resume: 'AMAZON.ResumeIntent',
  // Walking the recipe
  StartCooking: 'StartCookingIntent',
  NextStep: 'NextStepIntent',
  PreviousStep: 'PreviousStepIntent',
  RepeatStep: 'RepeatStepIntent',
  GoToStep: 'GoToStepIntent',
  GoToPhase: 'GoToPhaseIntent',
  WhereAmI: 'WhereAmIIntent',
  Overview: 'OverviewIntent',
  ListIngredients: 'ListIngredientsIntent',
  // Timers and reminders
  SetTimer: 'SetTimerIntent',
  TimeLeft: 'TimeLeftIntent',
  CancelTimer: 'CancelTimerIntent',
  PauseTimer: 'PauseTimerIntent',
  ResumeTimer: 'ResumeTimerIntent',
  WhichTimer: 'WhichTimerIntent',
} as const;

export type IntentName = (typeof Intent)[keyof typeof Intent];

export const Slot = {
  StepNumber: 'stepNumber',
  Phase: 'phase',
  TimerName: 'timerName',
  Duration: 'duration',
} as const;

export const SlotType = {
  Phase: 'RecipePhase',
  Timer: 'RecipeTimer',
} as const;
