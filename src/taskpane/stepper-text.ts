// The stepper's words in the pane's language.
import { ACTION, M, STATUS_LABEL, STEP_TITLE } from './stepper-messages';
import { ACTION_FR, M_FR, STATUS_LABEL_FR, STEPPER_WORDS_FR, STEP_TITLE_FR } from './stepper-messages-fr';
import { STEPPER_WORDS_EN } from '../core/stepper';
import { usePaneLook } from './pane-look';

const TEXT = {
  en: { M, ACTION, STATUS_LABEL, STEP_TITLE, WORDS: STEPPER_WORDS_EN },
  fr: { M: M_FR, ACTION: ACTION_FR, STATUS_LABEL: STATUS_LABEL_FR, STEP_TITLE: STEP_TITLE_FR, WORDS: STEPPER_WORDS_FR },
};

export function useStepperText() {
  return TEXT[usePaneLook().lang];
}
