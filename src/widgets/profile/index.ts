import { defineElement } from '../../core/define.js';
import { LedeProfile } from './profile.js';

export { LedeProfile };
export { PROFILE_KINDS, profileSchema, type ProfileData, type ProfileFact, type ProfileImage, type ProfileKind, type ProfileModel } from './profile.schema.js';

defineElement('lede-profile', LedeProfile);
