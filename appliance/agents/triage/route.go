package triage

import (
	"regexp"
	"sort"
	"strings"

	"github.com/agnomedical/agno/appliance/agents/clinical"
	"github.com/agnomedical/agno/appliance/agents/safety"
	"github.com/agnomedical/agno/appliance/casemodel"
)

// edCodes are urgent presentations whose same-day work-up needs emergency
// department resources (monitoring, imaging, IV treatment, procedures).
var edCodes = map[string]bool{
	// serial troponin after pain that has settled (NICE CG95), opioid
	// analgesia within 30 min in a sickle crisis (NICE CG143), monitored
	// observation in Guillain-Barré and seizure clusters, potassium and
	// dialysis after a missed session, incision and drainage
	// a suspected TIA is imaged (brain and carotid) and started on an
	// antiplatelet the same day (NICE NG128; AHA scientific statement on
	// TIA in the emergency department, Amin 2023)
	"tia_resolved": true,
	// rabies immunoglobulin is held by emergency departments and reference
	// centres (WHO 2018)
	// diagnostic paracentesis for a suspected SBP (AASLD 2021)
	"sbp_suspected": true,
	// acetylcysteine for a staggered paracetamol overdose (MHRA 2012), IV
	// fluids for rhabdomyolysis, a pregnancy of unknown location where no
	// early pregnancy unit is open (NICE NG126)
	// scorpion, spider and Lonomia antivenoms are held by the hospital
	// units that watch these patients (Ministério da Saúde)
	"arachnid_sting_local": true, "lonomia_contact": true,
	// wounds of self-harm are repaired in the emergency department, where
	// the psychosocial assessment is made (NICE NG225); a stimulant's
	// tachycardia is observed on a monitor
	"self_harm_recent": true, "stimulant_toxicity": true, "overdose_medically_cleared": false, "omphalitis": false, "preterm_labour_established": true,
	"staggered_paracetamol_overdose": true, "jaw_fracture": true, "marine_envenomation": true, "shunt_malfunction": true, "paraphimosis": true, "suprapubic_catheter_out": true, "priapism": true, "penile_fracture": true, "post_prostatectomy_clots": true, "rhabdomyolysis": true, "ectopic_to_exclude": true,
	// an iron ingestion is observed with a serum iron, swallowed magnets
	// are removed by endoscopy, from the ED (TOXBASE; NASPGHAN)
	"iron_ingestion_moderate": true, "magnets_in_stomach": true, "organophosphate_exposure": true,
	"acs_pain_free": true, "sickle_crisis": true, "rabies_exposure": true, "gbs": true, "seizure_cluster": true, "missed_dialysis": true, "perianal_abscess": true, "sudden_severe_pain": true,
	"chest_pain": true, "pericarditis": true, "possible_pe": true, "dyspnoea_abnormal_obs": true, "asthma_moderate": true, "appendicitis": true, "peritonism": true,
	"spinal_cord_compression": true, "spinal_infection_neuro": true, "mesenteric_ischaemia": true, "posterior_stroke": true,
	"bowel_obstruction": true, "renal_colic": true, "gi_bleed": true, "possible_fracture": true, "deformity": true, "head_injury_anticoag": true,
	"seizure": true, "syncope": true, "syncope_high_risk_recovered": true, "lithium_toxicity": true, "serotonin_toxicity": true, "pneumothorax": true, "angioedema": true,
	"severe_pain": true, "testicular_pain": true, "dehydration": true, "sepsis_moderate": true, "hypoglycaemia": true, "bleeding_on_anticoagulant": false,
	"severe_hypertension": true, "burn": true, "dengue_warning": true, "haemoptysis": true, "deep_neck_infection": true, "urinary_retention": true, "digoxin_toxicity": true,
	"head_injury_loc": true, "head_injury_observe": true, "antiepileptic_toxicity": true, "carbon_monoxide": true, "alcohol_withdrawal": true, "critical_lab_platelets": true, "critical_lab_hemoglobin": true, "interaction_symptomatic": true,
	"orbital_cellulitis": true, "scfe": false, "hypoglycaemia_sulfonylurea": false, "pancreatitis": true, "colchicine_toxicity": true, "pneumothorax_small": true,
	"abdo_pain_elderly": true, "acute_dystonia": true, "theophylline_toxicity": true, "septic_arthritis_child": true, "toxic_inhalation": true, "tick_borne_fever": true, "critical_lab_potassium": true, "critical_lab_sodium": true, "critical_lab_calcium": true, "critical_lab_magnesium": true, "cholangitis_cholecystitis": true, "shock_index": true, "hyperpyrexia": true, "withdrawal": true, "psychosis": false,
}

// addictionServiceRx: care from a drug or alcohol service.
var addictionServiceRx = regexp.MustCompile(`\b((community|supervised|maintenance|prescribed) (methadone|buprenorphine)|methadone (maintenance|programme|program|clinic)|\bcows \d+|dependen\w* on (codeine|co.?codamol|opioids?|painkillers|tramadol)|(codeine|co.?codamol|opioid|painkiller|tramadol) (dependence|addiction|misuse)|buying (\w+ ){0,2}from (several|different|multiple) pharmacies|opioid (substitution|agonist)|substitution (clinic|treatment|therapy)|drug (service|team|and alcohol)|alcohol (service|team)|caps ad|needle (and syringe|exchange)|supervised (consumption|methadone)|take.home doses|opioid use disorder|detox\w*|desintoxicacao)\b`)

// opatRx: intravenous antibiotics given outside hospital (OPAT).
var opatRx = regexp.MustCompile(`\b(opat|home (iv|intravenous|parenteral)|(iv|intravenous) (\w+ ){0,3}(at home|in the community)|community iv|elastomeric|antibioticoterapia (\w+ ){0,2}domiciliar|antibiotico (\w+ )?(ev|iv|endovenoso) (\w+ ){0,2}(em casa|domiciliar)|terapia (antimicrobiana )?(parenteral|endovenosa) domiciliar)\b`)

// enteralRx, aspirationSignRx and neuroSwallowRx: tube feeding, the
// signs of aspiration on drinking, and the neurological diseases whose
// swallow fails.
var (
	enteralRx        = regexp.MustCompile(`\b(peg|gastrostom\w*|jejunostom\w*|(nasogastric|ng|nasojejunal|nasoenteral|enteral) (tube )?(feed\w*|tube)|tube.?fe(e)?d\w*|sonda (nasoenteral|nasogastrica|de gastrostomia)|dieta enteral|nutricao enteral)\b`)
	aspirationSignRx = regexp.MustCompile(`\b(cough\w* (\w+ ){0,2}(when|on|after|with) (drinking|drinks|swallowing|eating|fluids|liquids|water|tea)|wet (voice|gurgly voice)|voice (\w+ ){0,2}wet|voz molhada|tosse (\w+ ){0,2}(ao|quando) (beber|engolir|comer)|engasg\w*|texture.modified|iddsi|thickened (fluids|drinks)|liquidos espessados|dieta pastosa)\b`)
	neuroSwallowRx   = regexp.MustCompile(`\b(stroke|avc|parkinson\w*|motor neu?rone disease|\bmnd\b|\bals\b|\bela\b|esclerose lateral|multiple sclerosis|esclerose multipla|myasthenia|miastenia)\b`)
)

// antibioticWordRx: antibiotics named as such (a finished course).
var antibioticWordRx = regexp.MustCompile(`\b(opat|antibiotic\w*|antibiotico\w*|antimicrob\w*)\b`)

// sciaticaRx: pain running from the back down a leg.
var sciaticaRx = regexp.MustCompile(`\b(sciatica|ciatalgia|lombociatalgia|radicul\w*|straight leg raise|lasegue)\b|\bdown (the )?(back of (the |his |her |my )?)?(right |left )?(leg|thigh)\b`)

// pulmonaryRx: the lung named as the site of an infection.
var pulmonaryRx = regexp.MustCompile(`\b(pulmonary|pulmonar|lung|pulmao|pulmoes|sputum|escarro)\b`)

// nonHealingRx: a sore or ulcer that does not heal.
var nonHealingRx = regexp.MustCompile(`\b((won'?t|will not|doesn'?t|does not|not|never) heal\w*|non.?healing|nao (cicatriza|sara|fecha)\w*|ulcers?|ulceras?|ulcerad\w*)\b`)

// dementiaBehaviourRx: the behaviours of dementia that carers ask about.
var dementiaBehaviourRx = regexp.MustCompile(`\b(sundown\w*|wander\w*|walk\w* (the )?corridors|restless\w*|pacing|hallucinat\w*|seeing (things|people|children|animals)|picking at the air|shouting|aggress\w*|perambul\w*|agitad[oa]|alucina\w*|inquiet\w*|vendo (coisas|pessoas|criancas|bichos))\b`)

// mechanicalValveRx: a mechanical heart valve prosthesis.
var mechanicalValveRx = regexp.MustCompile(`\b(mechanical (mitral |aortic |heart )?valve|(mitral|aortic) (valve )?replacement|metallic valve|valvula (mecanica|metalica)|protese (valvar )?mecanica|(mvr|avr) (mecanic\w*|mechanical))\b`)

// conceptRoutes send a finding to the team that owns it whatever else
// the case holds.
var conceptRoutes = []struct{ concept, specialty, reason string }{
	{"breast_lump", "obstetrics_gynecology", "a breast lump: breast clinic (with gynaecology in Brazil) for triple assessment"},
	{"bppv", "neurology", "positional vertigo: repositioning manoeuvre and central signs excluded"},
	{"mechanical_valve", "cardiology", "mechanical heart valve: anticoagulation plan"},
	{"gastroparesis", "gastroenterology", "gastroparesis: prokinetics and nutrition"},
	{"hiv_known", "infectious_disease", "HIV care (BHIVA)"},
	{"omphalitis", "infectious_disease", "omphalitis: antibiotic choice and cultures"},
	{"leprosy", "infectious_disease", "leprosy: confirmation and multidrug therapy (WHO)"},
	{"hunger_strike", "psychiatry", "hunger strike: capacity and mental state"},
	{"genital_ulcer", "infectious_disease", "genital ulcers: herpes and syphilis testing"},
	{"carpal_tunnel", "neurology", "carpal tunnel syndrome: nerve conduction studies"},
	{"electrical_injury", "emergency_medicine", "electrical injury: ECG, cardiac monitoring and burns assessment"},
	{"eye_foreign_body", "emergency_medicine", "corneal foreign body: slit-lamp removal and rust ring"},
	{"croup", "pulmonology", "croup: upper-airway obstruction"},
	{"limb_ischemia", "cardiology", "acute limb ischaemia: vascular team"},
	{"gi_cancer", "gastroenterology", "a digestive cancer followed by its organ team"},
	{"lung_cancer", "pulmonology", "a lung cancer followed by the chest team"},
	{"adrenal_insufficiency", "endocrinology", "adrenal insufficiency (Endocrine Society 2016)"},
	{"keratitis", "infectious_disease", "microbial keratitis: antimicrobial choice and culture (AAO 2023)"},
	{"impetigo", "infectious_disease", "impetigo: topical or oral antibiotic and exclusion advice (NICE NG153)"},
	{"bursitis", "orthopedics", "bursitis: aspiration when septic, protection and review"},
	{"kidney_cyst", "nephrology", "a kidney cyst: Bosniak class and follow-up"},
	{"kidney_transplant", "nephrology", "a kidney transplant recipient: the transplant team (KDIGO 2009)"},
	{"liver_transplant", "gastroenterology", "a liver transplant recipient: the hepatology team"},
	{"on_dialysis", "nephrology", "a dialysis patient: the renal unit"},
	{"fistula_thrombosis", "nephrology", "a thrombosed dialysis access"},
	{"pd_peritonitis", "nephrology", "PD peritonitis: the renal unit's protocol"},
	{"pd_peritonitis", "infectious_disease", "PD peritonitis: antibiotic choice and cultures"},
	{"cushingoid", "endocrinology", "cushingoid features: adrenal work-up"},
	// urology has no specialty of its own in the contract: the kidney and
	// urinary-tract team takes the penis, prostate, stones and catheters
	{"multiple_sclerosis", "neurology", "multiple sclerosis: the MS team"},
	{"functional_neuro", "neurology", "functional neurological disorder: the FND team"},
	{"functional_neuro", "psychiatry", "functional neurological disorder: psychological therapy"},
	{"shunt", "neurology", "a CSF shunt: the neurosurgical team"},
	{"neurostimulator", "neurology", "a neurostimulator: the device and pain team"},
	{"gca", "neurology", "suspected giant cell arteritis: fast-track pathway"},
	{"priapism", "nephrology", "priapism: urology (kidney and urinary tract team)"},
	{"sleep_neuro", "neurology", "narcolepsy or restless legs: the sleep neurology service"},
	{"zoonosis", "infectious_disease", "an infection caught from animals"},
	{"cardiac_device", "cardiology", "an implanted heart device: the device clinic"},
	{"hypersensitivity_pneumonitis", "pulmonology", "hypersensitivity pneumonitis: the interstitial lung disease team"},
	{"pelvic_fracture", "orthopedics", "a pelvic fracture: the orthopaedic trauma team"},
	{"pelvic_fracture", "radiology", "CT of the pelvis"},
	{"pulmonary_hypertension", "pulmonology", "pulmonary hypertension: the pulmonary vascular service"},
	{"pulmonary_hypertension", "cardiology", "pulmonary hypertension: right heart and haemodynamics"},
	{"hormone_therapy", "endocrinology", "testosterone, gender-affirming or anabolic hormones: endocrine monitoring"},
	{"paraphimosis", "nephrology", "paraphimosis: urology (kidney and urinary tract team)"},
	{"catheter_out", "nephrology", "a dislodged urinary catheter: urology (kidney and urinary tract team)"},
	{"long_term_catheter", "nephrology", "a long-term urinary catheter: urology (kidney and urinary tract team)"},
	{"prostate_symptoms", "nephrology", "prostate or lower urinary tract symptoms: urology (kidney and urinary tract team)"},
	{"kidney_stone", "nephrology", "a urinary stone: urology (kidney and urinary tract team)"},
	{"dialysis_exit_site", "nephrology", "a dialysis catheter exit site: the renal unit"},
	{"dialysis_exit_site", "infectious_disease", "an exit-site infection: swab and antibiotic choice"},
	{"stoma", "gastroenterology", "a stoma: the colorectal team and stoma nurses"},
	{"bile_leak", "gastroenterology", "a bile leak: ERCP"},
	{"gyn_surgery", "obstetrics_gynecology", "after gynaecological or breast surgery: the operating team (breast surgery sits with gynaecology in Brazil)"},
	{"orthopedic_surgery", "orthopedics", "after a joint replacement or fracture fixation: the orthopaedic team"},
}

// flagRoutes send a triage flag to the team that acts on it.
var flagRoutes = []struct{ flag, specialty, reason string }{
	// a severe drug reaction of the skin is admitted by the medical team
	// (with dermatology, which the contract's list does not name)
	{"sjs_ten", "general_medicine", "a severe skin reaction: medical admission with dermatology"},
	{"erythroderma", "general_medicine", "erythroderma: medical admission with dermatology"},
	{"orbital_fracture_suspected", "radiology", "CT of the orbits"},
	{"access_pseudoaneurysm", "radiology", "duplex ultrasound of the puncture site"},
	{"access_pseudoaneurysm", "cardiology", "the team that did the procedure"},
	{"lvad_pump_failure", "cardiology", "the VAD centre"},
	{"lvad_low_map", "cardiology", "the VAD centre"},
	{"tetanus_prone_unimmunised", "infectious_disease", "tetanus immunoglobulin and a vaccine course"},
	{"tetanus_prone_unimmunised", "emergency_medicine", "wound cleaning and debridement"},
	{"bite_infected_or_hand", "emergency_medicine", "irrigation and exploration of the bite"},
	{"burn_special_area", "emergency_medicine", "burn assessment and dressing before the burns service"},
	{"hepatitis_b_exposure", "infectious_disease", "hepatitis B immunoglobulin and vaccine"},
	{"syphilis_pregnancy", "infectious_disease", "benzathine penicillin and partner treatment"},
	{"syphilis_pregnancy", "obstetrics_gynecology", "antenatal care of syphilis"},
	{"mpox_severe", "infectious_disease", "mpox: antivirals and isolation"},
	{"mpox_mild", "infectious_disease", "mpox: isolation and contact tracing"},
	{"persistent_urethritis", "infectious_disease", "second-line treatment of urethritis"},
	{"gastrostomy_out", "gastroenterology", "replacement of the gastrostomy"},
	{"gastrostomy_out_immature", "gastroenterology", "the team that placed the gastrostomy"},
	{"ng_tube_position_unproven", "gastroenterology", "nutrition team: tube position"},
	{"line_infection_rigors", "infectious_disease", "catheter-related bloodstream infection"},
	{"hernia_incarcerated", "gastroenterology", "surgical review of the hernia"},
	{"device_pocket_infection", "infectious_disease", "device infection: cultures and antibiotics"},
	{"adder_bite_local", "emergency_medicine", "hospital observation after a snake bite"},
	{"bite_face", "emergency_medicine", "wound irrigation and repair"},
	{"cutaneous_anthrax", "infectious_disease", "anthrax treatment and notification"},
	{"central_line_infection", "infectious_disease", "line cultures and antibiotics"},
	{"c_difficile_suspected", "infectious_disease", "C. difficile testing and treatment"},
	{"c_difficile_suspected", "gastroenterology", "colitis"},
	{"central_line_blocked", "gastroenterology", "the intestinal failure or line team"},
	{"penile_fracture", "nephrology", "penile fracture: urology (kidney and urinary tract team)"},
	{"testosterone_erythrocytosis", "endocrinology", "testosterone dosing"},
	{"sleepy_driver_osa", "pulmonology", "sleep study and CPAP"},
	{"opioid_central_apnoea", "pulmonology", "sleep study and ventilation"},
	{"narcolepsy_suspected", "neurology", "sleep neurology: polysomnography and MSLT"},
	{"orbital_fracture_suspected", "emergency_medicine", "facial injury assessment"},
	{"fish_bone_throat", "emergency_medicine", "foreign body in the throat"},
	{"septal_haematoma", "emergency_medicine", "incision and drainage"},
	{"ramsay_hunt", "neurology", "facial palsy"},
	{"ramsay_hunt", "infectious_disease", "herpes zoster antivirals"},
	{"ophthalmia_neonatorum", "infectious_disease", "gonococcal or chlamydial eye infection: systemic antibiotics and contact tracing"},
	{"unstable_hip_newborn", "orthopedics", "developmental dysplasia of the hip"},
	{"hip_dislocation", "orthopedics", "closed reduction of the hip"},
	{"hip_dislocation", "emergency_medicine", "reduction under sedation"},
	{"stable_fracture", "orthopedics", "fracture clinic"},
	{"eating_disorder_bmi_red", "psychiatry", "eating-disorder service"},
	{"eating_disorder_bmi_red", "general_medicine", "medical admission and refeeding"},
	{"faltering_growth", "pediatrics", "faltering growth"},
	{"post_bariatric_hypoglycaemia", "endocrinology", "post-bariatric hypoglycaemia"},
	{"decompression_sickness_pain", "emergency_medicine", "oxygen and hyperbaric referral"},
	{"ams_severe", "emergency_medicine", "oxygen, dexamethasone and descent"},
	{"hace", "emergency_medicine", "descent, oxygen and dexamethasone now"},
	{"hace", "neurology", "high-altitude cerebral oedema"},
	{"drowning_symptomatic", "emergency_medicine", "observation for delayed lung injury after drowning"},
	{"head_injury_bleeding_disorder", "emergency_medicine", "factor replacement before CT"},
	{"head_injury_bleeding_disorder", "radiology", "CT head after factor"},
	{"haemophilia_joint_bleed", "orthopedics", "joint bleed: joint protection and physiotherapy"},
	{"bleeding_disorder_bleed", "emergency_medicine", "bleeding that will not stop: local haemostasis"},
	{"accidental_ingestion_child", "emergency_medicine", "a young child's ingestion: assessment and observation in hospital"},
	{"one_tablet_danger", "emergency_medicine", "a medicine dangerous at one tablet: hospital observation"},
	{"hit_suspected", "general_medicine", "suspected heparin-induced thrombocytopenia"},
	{"vka_pregnancy", "obstetrics_gynecology", "pregnancy on warfarin"},
	{"vka_pregnancy", "cardiology", "anticoagulation plan in pregnancy"},
	{"postpartum_psychosis", "psychiatry", "postpartum psychosis: mother and baby unit"},
	{"perinatal_suicide_risk", "psychiatry", "perinatal mental health crisis"},
	{"perinatal_suicidal_thoughts", "psychiatry", "perinatal mental health: same-day assessment"},
	{"retained_products_endometritis", "obstetrics_gynecology", "retained products or endometritis after a birth"},
	{"breast_abscess", "obstetrics_gynecology", "breast abscess after a birth: drainage"},
	{"gastrostomy_dislodged", "gastroenterology", "gastrostomy replacement"},
	{"food_bolus", "gastroenterology", "food bolus: endoscopic removal"},
	{"food_bolus_complete", "gastroenterology", "food bolus: endoscopic removal"},
	{"acute_severe_colitis", "gastroenterology", "acute severe colitis: intravenous steroids and rescue therapy"},
	{"post_polypectomy_bleed", "gastroenterology", "bleeding after polypectomy: colonoscopic haemostasis"},
	{"gi_bleed_low_risk", "gastroenterology", "low-risk upper GI bleed: outpatient endoscopy"},
	{"rash_illness_exposure", "infectious_disease", "measles or chickenpox contact: immunity check and prophylaxis"},
	{"varicella_exposure_pregnancy", "infectious_disease", "chickenpox contact in pregnancy: immunity check and prophylaxis"},
	{"valproate_pregnancy", "neurology", "valproate in pregnancy: specialist review of the antiseizure plan"},
	{"raas_blocker_pregnancy", "obstetrics_gynecology", "ACE inhibitor or ARB in pregnancy: switch of antihypertensive"},
	{"androgen_pregnancy", "obstetrics_gynecology", "pregnancy on testosterone: early scan and counselling"},
	{"labour_term", "obstetrics_gynecology", "labour at term: labour ward"},
	{"parkinson_missed_doses", "neurology", "Parkinson's medicines missed: restore them"},
	{"guillain_barre_suspected", "neurology", "suspected Guillain-Barré syndrome"},
	{"guillain_barre_suspected", "emergency_medicine", "admission for vital capacity monitoring"},
	{"progressive_motor_deficit", "orthopedics", "progressive motor deficit: spinal opinion"},
	{"progressive_motor_deficit", "radiology", "MRI of the spine"},
	{"seizure_epilepsy_early_pregnancy", "neurology", "epilepsy in pregnancy: dose review"},
	{"first_seizure_assessed", "neurology", "first-seizure clinic"},
	{"seizure_epilepsy_early_pregnancy", "obstetrics_gynecology", "epilepsy in pregnancy"},
	{"malignant_catatonia", "psychiatry", "malignant catatonia: lorazepam and ECT"},
	{"clozapine_neutropenia", "psychiatry", "clozapine red result: stop and monitor"},
	{"clozapine_constipation", "gastroenterology", "clozapine-induced gut hypomotility"},
	{"visual_field_defect", "neurology", "visual field defect: imaging of the optic pathway"},
	{"visual_field_defect", "radiology", "MRI of the pituitary and optic pathway"},
	{"rectovaginal_fistula", "obstetrics_gynecology", "rectovaginal fistula"},
	{"rectovaginal_fistula", "gastroenterology", "rectovaginal fistula: bowel side"},
	{"cervical_cord_injury", "neurology", "possible cervical spinal cord injury"},
	{"cervical_cord_injury", "orthopedics", "cervical spine injury: spinal surgery"},
	{"cervical_cord_injury", "radiology", "CT and MRI of the cervical spine"},
	{"cspine_imaging", "orthopedics", "possible cervical spine injury"},
	{"cspine_imaging", "radiology", "imaging of the cervical spine"},
	{"femoral_stress_fracture", "orthopedics", "suspected femoral neck stress fracture"},
	{"femoral_stress_fracture", "radiology", "MRI of the hip"},
	{"cardiac_arrest", "cardiology", "after a cardiac arrest: the cause of the arrhythmia and an ICD assessment"},
	{"obstructed_solitary_kidney", "nephrology", "obstructed solitary kidney: decompression"},
	{"obstructed_solitary_kidney", "radiology", "nephrostomy or imaging of the obstruction"},
	{"renal_colic_controlled", "nephrology", "small ureteric stone: expulsive therapy"},
	{"haematuria_on_anticoagulant", "nephrology", "visible haematuria: urinary tract investigation"},
	{"chronic_limb_threatening_ischaemia", "cardiology", "chronic limb-threatening ischaemia: vascular assessment"},
	{"chronic_limb_threatening_ischaemia", "radiology", "arterial imaging for revascularisation"},
	{"junctional_thrombophlebitis", "radiology", "duplex ultrasound of the saphenous junction"},
	{"varicose_bleed", "general_medicine", "vascular referral after a varicose bleed"},
	{"dvt_excluded", "general_medicine", "calf swelling without a DVT"},
	{"chemo_diarrhoea", "gastroenterology", "grade 2 diarrhoea on chemotherapy"},
	{"immune_hepatitis", "gastroenterology", "immune-related hepatitis"},
	{"immune_pneumonitis", "pulmonology", "immune-related pneumonitis"},
	{"immune_pneumonitis", "radiology", "CT chest for pneumonitis"},
	{"nephrotic_syndrome_stable", "nephrology", "nephrotic syndrome: biopsy and treatment"},
	{"varicella_high_risk", "infectious_disease", "chickenpox with a high risk of complications: antivirals"},
	{"new_hiv_diagnosis", "infectious_disease", "new HIV diagnosis: antiretroviral therapy"},
	{"imminent_birth", "obstetrics_gynecology", "birth before arrival"},
	{"postop_leak", "gastroenterology", "after abdominal surgery: the operating team"},
	{"evisceration", "gastroenterology", "after abdominal surgery: the operating team"},
	{"postop_obstruction", "gastroenterology", "after abdominal surgery: the operating team"},
	{"shunt_malfunction", "radiology", "possible shunt blockage: CT and shunt series"},
	{"scar_drug_rash", "emergency_medicine", "rash on a drug that causes SJS/DRESS: same-day bloods and skin assessment"},
	{"insulin_overdose", "endocrinology", "insulin dosing"},
	{"hypoglycaemia_treated", "endocrinology", "insulin dosing"},
	{"jaw_fracture", "radiology", "jaw fracture: OPG or CT"},
	{"dental_infection_spreading", "infectious_disease", "spreading dental infection: antibiotic choice"},
	{"latent_tb", "infectious_disease", "latent TB: preventive treatment"},
	{"qtc_long", "cardiology", "QTc of 500 ms or more: ECG monitoring and drug review"},
	{"qtc_long_symptomatic", "cardiology", "QTc of 500 ms or more: ECG monitoring and drug review"},
	{"pregnancy_opioid_use", "obstetrics_gynecology", "opioid use in pregnancy: antenatal care"},
	{"pregnancy_opioid_use", "psychiatry", "opioid use disorder: substitution treatment"},
	{"xylazine_wound", "infectious_disease", "xylazine wounds: wound infection watch"},
	{"xylazine_wound_infected", "infectious_disease", "xylazine wounds: wound infection watch"},
	{"methotrexate_pneumonitis", "pulmonology", "possible methotrexate pneumonitis: HRCT and lung function"},
	{"dmard_alt_raised", "gastroenterology", "raised liver enzymes on a DMARD"},
	{"antithyroid_agranulocytosis", "endocrinology", "thyroid or diabetes care"},
	{"ketosis_insulin", "endocrinology", "thyroid or diabetes care"},
	{"charcot_foot", "endocrinology", "thyroid or diabetes care"},
	{"diabetes_review_days", "endocrinology", "thyroid or diabetes care"},
	{"thyrotoxicosis_tachycardia", "endocrinology", "thyroid or diabetes care"},
	{"charcot_foot", "orthopedics", "Charcot foot: offloading cast"},
	{"steroid_withdrawal", "endocrinology", "adrenal insufficiency after stopping steroids"},
	{"compartment_syndrome", "orthopedics", "compartment syndrome: fasciotomy"},
}

// vaccinePreventableRx: the infections a vaccine prevents, named or by
// their signature (a whoop)
var vaccinePreventableRx = regexp.MustCompile(`\b(pertussis|whooping cough|coqueluche|(end|ends|ending) (\w+ ){0,2}(in |with )?a whoop|whoop\w*|measles|sarampo|mumps|caxumba|diphtheria|difteria|rubella|rubeola|poliomyelitis|acute flaccid paralysis|paralisia flacida aguda)\b`)

// subungualRx and handWordRx: blood under a nail, and the hand
var (
	subungualRx = regexp.MustCompile(`\b(subungual|nail.?bed|hematoma subungueal|leito ungueal)\b`)
	handWordRx  = regexp.MustCompile(`\b(hands?|wrists?|fingers?|thumbs?|knuckles?|palms?|fingertips?|nails?|maos?|punhos?|dedos?|polegar|unhas?)\b`)
)

// womensHealthRx: the breast, the pelvic floor and the menopause
var womensHealthRx = regexp.MustCompile(`\b(breast (lump|abscess|pain|cancer|clinic|cyst|infection|mass)|nipple (discharge|inversion|retraction)|mamilo|mama (direita|esquerda)|nodulo mamario|mastite|mastitis|mammogram|mamografia|bi.?rads|prolapse|prolapso|(stress|urge) (urinary )?incontinence|incontinencia urinaria|leaking urine|pelvic floor|assoalho pelvico|menopaus\w*|climateri\w*|hot flush\w*|fogachos?|\bhrt\b|hormone replacement|terapia hormonal|postmenopausal bleeding|sangramento pos.?menopausa|lichen sclerosus|liquen escleroso)\b`)

// tracheostomyRx: a tracheostomy or long-term home ventilation
var tracheostomyRx = regexp.MustCompile(`\b(tracheostom\w*|trach (tube|stoma)|traqueostomi\w*|home (mechanical )?ventilat\w*|ventilacao (mecanica )?domiciliar|traqueostomizad[oa])\b`)

// imagingCodes are presentations where imaging is the central next step.
var imagingCodes = map[string]bool{
	"stroke_befast": true, "neuro_deficit_subacute": true, "thunderclap": true, "headache_red": true, "head_injury_high_risk": true,
	"head_injury_ct": true, "head_injury_anticoag": true, "seizure_head_injury": true, "possible_pe": true, "appendicitis": true, "peritonism": true,
	"bowel_obstruction": true, "renal_colic": true, "infected_obstruction": true, "possible_fracture": true, "deformity": true, "cauda_equina": true, "cervical_myelopathy_acute": true,
	"aortic_dissection": true, "cholangitis_cholecystitis": true, "pneumothorax": true, "testicular_torsion": true, "testicular_pain": true,
	"sudden_vision_loss": false, "inr_bleeding": false, "possible_dvt": true, "scrotal_swelling": true, "post_endoscopy_perforation": true, "svc_obstruction": true, "svc_obstruction_airway": true, "immune_pneumonitis": true, "lung_nodule_suspicious": true,
	// where swallowed magnets lie decides endoscopy or surgery (NASPGHAN)
	"magnets_in_stomach": true,
	// a bile leak, a post-operative leak or obstruction: CT or MRCP first
	"bile_leak": true, "postop_leak": true, "postop_obstruction": true, "psa_raised": true,
	// same-day imaging decides these too: hip X-rays (NICE CKS limp), brain
	// and carotid imaging after a TIA (NICE NG128), orbital CT
	"scfe": true, "tia_resolved": true, "orbital_cellulitis": true, "mesenteric_ischaemia": true, "bite_infected_or_hand": true,
	"papilloedema_headache": true, "foreign_body_ingestion": true, "bilious_vomiting_child": true, "diabetic_foot_infection": true, "tendon_rupture": true, "optic_neuritis": true,
	// CT or MRI decides these: posterior circulation stroke, a symptomatic
	// aneurysm, cord compression, limb ischaemia (CT angiography), upper-limb
	// DVT (duplex), abdominal pain with fever or in the elderly, sudden
	// severe pain (perforation, dissection, torsion)
	"posterior_stroke": true, "aaa_symptomatic": true, "spinal_cord_compression": true, "limb_ischaemia": true, "upper_limb_dvt": true,
	"abdominal_pain_fever": true, "abdo_pain_elderly": true, "sudden_severe_pain": true,
	// an X-ray finds a swallowed battery or magnet; an ultrasound confirms
	// pyloric stenosis
	"button_battery": true, "pyloric_stenosis": true, "eye_high_velocity": true,
	// an ultrasound finds an intussusception and an enema reduces it
	"intussusception": true,
	// fistulography and angioplasty save a thrombosed access; CT
	// angiography and bronchial artery embolisation stop a massive
	// haemoptysis (BTS 2023)
	"fistula_thrombosis": true, "massive_haemoptysis": true,
	// CT decides a head injury with loss of consciousness or amnesia
	// (NICE NG232) and a high-energy injury (trauma CT, NICE NG39)
	"head_injury_loc": true, "major_trauma": true,
	// an MRI of the spine decides back pain with cancer, fever or weight
	// loss (NICE NG234), imaging the bones a suspected myeloma (NICE
	// NG35); an X-ray proves an NG tube's tip (NPSA 2011), shows a
	// Perthes hip, and CT an incarcerated hernia
	"back_pain_red_flags": true, "spinal_infection_neuro": true, "myeloma_suspected": true, "ng_tube_position_unproven": true, "perthes_suspected": true, "hernia_incarcerated": true, "hernia_strangulated": true, "head_injury_older_loc": true, "ovarian_cancer_suspected": true, "ovarian_cancer_effusion": true, "breast_imaging_suspicious": true,
	// a transvaginal ultrasound locates an early pregnancy (NICE NG126)
	"ectopic_to_exclude": true,
}

// bnpHigh: a natriuretic peptide (BNP or NT-proBNP, one analyte in the
// lab table) over 400 pg/mL, which calls for specialist assessment and an
// echocardiogram (NICE NG106).
func bnpHigh(c *clinical.Case) bool {
	v, ok := c.LabValue("bnp")
	return ok && v > 400
}

var psychotropic = []string{"ssri", "snri", "maoi", "tca", "lithium", "antipsychotic", "mood_stabilizer"}

func route(c *clinical.Case, r *Result) []string {
	add := func(s, why string) {
		if _, ok := r.Routing[s]; !ok {
			r.Routing[s] = why
		}
	}
	codes := map[string]int{}
	for _, f := range r.Flags {
		if l, ok := codes[f.Code]; !ok || f.Level > l {
			codes[f.Code] = f.Level
		}
	}
	has := func(code string) bool { _, ok := codes[code]; return ok }
	hasPrefix := func(p string) bool {
		for k := range codes {
			if strings.HasPrefix(k, p) {
				return true
			}
		}
		return false
	}
	v := c.Vitals
	hr, _ := val(v.HeartRate)
	sbp, _ := val(v.SystolicBP)
	spo2, hasSpO2 := val(v.SpO2)
	age := c.AgeOr(40)
	res := safety.Check(c)
	alertDrugs := map[string]bool{}
	for _, al := range res.Alerts {
		for _, d := range al.Drugs {
			alertDrugs[d] = true
		}
	}
	alertOnClass := func(classes ...string) bool {
		for g := range alertDrugs {
			if d, ok := clinical.DrugByName(g); ok {
				for _, cl := range classes {
					if d.HasClass(cl) {
						return true
					}
				}
			}
		}
		return false
	}

	// Emergency medicine.
	if r.Level == Emergency {
		add("emergency_medicine", "emergency")
	} else if r.Level == Urgent {
		for code, l := range codes {
			if l >= Urgent && edCodes[code] {
				add("emergency_medicine", "urgent presentation needing emergency-department resources: "+code)
				break
			}
		}
		if r.NEWS2 != nil && (r.NEWS2.Score >= 5 || r.NEWS2.AnyThree) {
			add("emergency_medicine", "NEWS2 medium risk")
		}
	}
	// Primary care / paediatrics.
	if c.Age != nil && *c.Age < 18 {
		add("pediatrics", "age under 18")
	} else if r.Level < Emergency && !c.Pregnant {
		add("general_medicine", "coordinating primary care for a non-emergency adult case")
	}
	// Cardiology.
	chestCardiac := c.Has("chest_pain") && !has("chest_wall_pain") && !has("chest_infection_pain") && !has("precordial_catch") && !c.HasAny("pleuritic") && !(c.HasAny("wheeze", "asthma") && !c.HasAny("radiation", "diaphoresis")) &&
		!(c.Has("copd") && c.Has("productive_cough") && c.OnlyMentionsIn("chest_pain", chestTightnessRx))
	tropHigh := false
	if l, ok := c.Lab("troponin"); ok {
		_, _, tropHigh = safety.Critical(l)
	}
	switch {
	case chestCardiac || hasPrefix("acs_") || has("troponin_symptomatic") || has("pericarditis") || tropHigh:
		add("cardiology", "possible acute coronary syndrome")
	case c.HasAny("palpitations", "af", "heart_failure", "st_elevation", "ecg_ischemia", "syncope_exertional", "tamponade") || has("bradycardia_symptomatic") ||
		c.Has("orthopnea") && (c.Has("leg_edema") || bnpHigh(c)):
		add("cardiology", "arrhythmia, heart failure or ECG findings")
	case has("syncope_high_risk") || c.Has("murmur") || (c.HasAny("syncope", "presyncope") && !c.IsChild()) || (!c.IsChild() && (hr >= 131 || (hr > 0 && hr <= 45))):
		add("cardiology", "rhythm or syncope assessment")
	case has("hypertensive_emergency") || has("severe_hypertension") || has("severe_hypertension_asymptomatic"):
		add("cardiology", "severe hypertension")
	case c.Has("vascular_disease") || c.OnClass("nitrate") || c.OnClass("antiarrhythmic") || c.OnClass("cardiac_glycoside") || c.OnClass("p2y12"):
		add("cardiology", "known cardiovascular disease or cardiac medication")
	case alertOnClass("qt_known") && len(res.Alerts) > 0:
		add("cardiology", "QT-prolonging drug interaction")
	case c.Has("hypertension") && (c.Has("routine") || sbp >= 160):
		add("cardiology", "hypertension review")
	}
	// a major interaction is settled with the specialist who prescribed
	// one of the drugs ("o cardiologista receitou sinvastatina")
	for _, al := range res.Alerts {
		if al.Kind != "drug_interaction" {
			continue
		}
		t := clinical.Fold(c.Text)
		for _, p := range prescriberRx {
			if p.rx.MatchString(t) {
				add(p.specialty, "the specialist who prescribed an interacting drug")
			}
		}
		break
	}
	if c.Has("laceration") && !c.IsChild() {
		add("emergency_medicine", "a wound to close: exploration, closure and tetanus cover")
	}
	if has("kawasaki_possible") {
		add("cardiology", "possible Kawasaki disease: echocardiogram for coronary aneurysms")
	}
	if c.Has("ecg_hyperk") {
		add("cardiology", "ECG changes of hyperkalaemia")
	}
	// a suspected dissection goes to the cardiothoracic/cardiology team
	// whatever else the pain suggested (ESC 2014 aortic guideline)
	if has("aortic_dissection") || has("aaa_symptomatic") {
		add("cardiology", "suspected aortic dissection or symptomatic aneurysm")
	}
	// Neurology.
	if c.HasAny("facial_droop", "arm_weakness", "speech", "seizure", "status_epilepticus", "thunderclap", "headache", "ataxia", "vision_loss", "epilepsy", "amaurosis", "dystonia", "cognitive_decline", "stroke_event", "sudden_hearing_loss", "optic_neuritis", "bells_palsy") || has("parkinsonism_drug_worsened") ||
		(c.Has("head_injury") && (Altered(c) || c.HasAny("vomiting", "headache", "seizure"))) || c.HasAny("paresthesia", "tremor") || (c.Has("dizziness") && !c.HasAny("syncope", "presyncope")) {
		add("neurology", "neurological symptoms")
	}
	if has("spinal_cord_compression") || has("spinal_infection_neuro") || has("posterior_stroke") || has("cauda_equina") {
		add("neurology", "spinal cord or posterior circulation emergency")
	}
	// a known Parkinson's disease reviewed, or its motor symptoms, is the
	// movement-disorder team's (NICE NG71)
	if c.Has("parkinson_disease") && (c.Has("routine") || len(Complaints(c)) == 0 || c.HasAny("fall", "tremor", "psychosis", "dizziness")) {
		add("neurology", "Parkinson's disease review")
	}
	// Endocrinology.
	// (diabetes in a sick day, with a foot ulcer or a drug that changes
	// its treatment; a sodium of 125 or less; a pituitary or adrenal
	// crisis named in the text)
	onDiabetesDrug := c.OnClass("antidiabetic") || c.OnClass("insulin") || c.OnClass("sulfonylurea")
	if (c.Has("diabetes") || onDiabetesDrug) && (c.HasAny("vomiting", "diarrhea", "foot_ulcer", "dehydration") || c.Has("fever") && !c.Denied("fever") || alertOnClass("antidiabetic") || alertOnClass("sulfonylurea")) {
		add("endocrinology", "diabetes treatment to adjust (sick day, foot, interaction)")
	}
	if na, ok := c.LabValue("sodium"); ok && na < 130 {
		add("endocrinology", "marked hyponatraemia: cause (SIADH, adrenal, thyroid)")
	}
	// paroxysms of headache, sweating and palpitations with a very high
	// pressure (phaeochromocytoma until metanephrines say not), a glucose
	// tolerance test in pregnancy, a pituitary operation or a raised
	// prolactin are the endocrinologist's (Endocrine Society; NICE NG3)
	if endocrineClueRx.MatchString(clinical.Fold(c.Text)) || c.Pregnant && gttRx.MatchString(clinical.Fold(c.Text)) || has("post_pituitary_di") {
		add("endocrinology", "pituitary, adrenal or pregnancy glucose problem")
	}
	if endocrineCrisisRx.MatchString(clinical.Fold(c.Text)) {
		add("endocrinology", "pituitary or adrenal crisis")
	}
	// (a raised TSH with thyroid antibodies or a free T4 measured is a
	// thyroid work-up: subclinical hypothyroidism is followed by
	// endocrinology or primary care, ATA 2014)
	if tsh, ok := c.LabValue("tsh"); ok && tsh > 4.5 && tsh <= 10 && thyroidWorkupRx.MatchString(labNames(c)) {
		add("endocrinology", "raised TSH with a thyroid work-up")
	}
	g, hasG := c.LabValue("glucose")
	a1c, hasA1c := c.LabValue("hba1c")
	if (hasG && (g >= 250 || g < 70)) || lowGlucoseAny(c) || dkaLike(c) || (c.HasAny("polyuria", "polydipsia") && c.HasAny("diabetes", "polydipsia")) || (hasA1c && a1c >= 6.5) ||
		c.HasAny("thyroid", "hypoglycemia_sx") || has("hypoglycaemia_sulfonylurea") || (c.Has("hyperglycemia_word") && c.HasAny("diabetes", "kussmaul")) || (c.Has("diabetes") && (c.Has("routine") || len(Complaints(c)) == 0)) {
		add("endocrinology", "glycaemic, thyroid or endocrine problem")
	}
	if hasA1c && a1c >= 5.7 || c.HasAny("prediabetes", "osteoporosis") {
		add("endocrinology", "prediabetes or bone metabolism")
	}
	if tsh, ok := c.LabValue("tsh"); ok && (tsh < 0.1 || tsh > 10 || tsh > 4.5 && labBelow(c, "free_t4", 10)) {
		add("endocrinology", "abnormal thyroid function")
	}
	// thyroid replacement with a TSH outside the reference range: a dose
	// or absorption review (ATA 2014 hypothyroidism, TSH 0.4-4.5 mIU/L)
	if tsh, ok := c.LabValue("tsh"); ok && c.OnClass("thyroid_hormone") && (tsh < 0.4 || tsh > 4.5) {
		add("endocrinology", "thyroid replacement outside the target TSH range")
	}
	// Radiology.
	for code := range codes {
		if imagingCodes[code] {
			add("radiology", "imaging is the key next step: "+code)
			break
		}
	}
	// Pain in early pregnancy: transvaginal ultrasound locates the
	// pregnancy (NICE NG126).
	if c.Has("ectopic") || c.Pregnant && (c.GestWeeks == 0 || c.GestWeeks <= 14) && c.HasAny("abdominal_pain", "pelvic_pain") {
		add("radiology", "early pregnancy with pain: transvaginal ultrasound")
	}
	// stopping smoking: behavioural support and medication, with the
	// lung team where there is one (NICE NG209; INCA tobacco programme)
	if c.Has("smoking_cessation") {
		add("pulmonology", "smoking cessation")
	}
	if c.Has("scaphoid") {
		add("radiology", "suspected scaphoid fracture: scaphoid X-ray views, MRI if normal")
		add("orthopedics", "suspected scaphoid fracture")
	}
	if c.Has("lung_screening") {
		add("radiology", "lung cancer screening: low-dose CT")
		add("pulmonology", "lung cancer screening")
	}
	if c.Has("incidental_finding") {
		add("radiology", "incidental imaging finding: characterise and plan follow-up")
	}
	if c.Has("lump") || (c.Has("weight_loss") && c.HasAny("dysphagia", "cough", "hemoptysis")) {
		add("radiology", "suspected mass: imaging")
	}
	// Pulmonology.
	// (a chronic lung disease, a lung cancer or a pulmonary embolism
	// being followed is the chest clinic's)
	if c.HasAny("lung_cancer", "svc_obstruction") || chronicLungRx.MatchString(clinical.Fold(c.Text)) || c.Has("vte_event") && lungClotRx.MatchString(clinical.Fold(c.Text)) {
		add("pulmonology", "chronic lung disease, lung cancer or pulmonary embolism")
	}
	// a tracheostomy and its secretions, home ventilation: the
	// respiratory team that follows them
	if tracheostomyRx.MatchString(clinical.Fold(c.Text)) {
		add("pulmonology", "a tracheostomy or home ventilation")
	}
	coughSignificant := c.Has("cough") && (c.DurationHours >= 24*21 || c.HasAny("crackles", "dyspnea", "wheeze", "hemoptysis", "productive_cough") || (hasSpO2 && spo2 < 95))
	if c.HasAny("dyspnea", "wheeze", "asthma", "copd", "pneumonia", "hemoptysis", "pneumothorax", "tracheal_deviation", "absent_breath_sounds", "pleuritic", "life_threat_asthma") ||
		coughSignificant || has("possible_pe") || (hasSpO2 && spo2 < 94) {
		if !(c.Has("asthma") && !c.HasAny("dyspnea", "wheeze", "cough", "inhaler_failing") && c.HasAny("airway", "urticaria")) {
			add("pulmonology", "respiratory problem")
		}
	}
	// Gastroenterology.
	if c.HasAny("abdominal_pain", "rlq_pain", "diarrhea", "dyspepsia", "gastroenteritis", "hematemesis", "melena", "rectal_bleeding", "jaundice", "liver_disease", "dysphagia", "biliary", "bowel_obstruction", "gi_screening", "ibs", "ibd", "haemorrhoids", "constipation") || c.Hx("ibd") || c.Hx("pancreatitis") || has("post_endoscopy_perforation") ||
		(c.Has("vomiting") && !dkaLike(c) && !c.Has("head_injury") && !c.Has("headache")) {
		if !(c.Pregnant && c.HasAny("vaginal_bleeding", "missed_period") && !c.HasAny("diarrhea", "hematemesis", "melena")) {
			add("gastroenterology", "digestive symptoms")
		}
	}
	// paracetamol's harm is to the liver
	if has("staggered_paracetamol_overdose") {
		add("gastroenterology", "staggered paracetamol overdose: liver injury")
	}
	// a swallowed battery or magnet comes out by endoscopy (ESPGHAN 2021)
	if c.Has("button_battery") || has("foreign_body_ingestion") {
		add("gastroenterology", "swallowed battery or foreign body: endoscopic removal")
	}
	// an STI or genital ulcers in a woman: the gynaecology team too
	if c.Female() && !c.IsChild() && c.HasAny("sti_positive", "genital_ulcer") {
		add("obstetrics_gynecology", "sexually transmitted infection in a woman: pelvic examination and partner care")
	}
	// findings that always bring a given team in
	for _, r := range conceptRoutes {
		if c.Has(r.concept) {
			add(r.specialty, r.reason)
		}
	}
	if has("limb_ischaemia") {
		add("cardiology", "acute limb ischaemia: vascular team")
	}
	// memory clinics sit with old-age psychiatry as well as neurology
	// (NICE NG97)
	if c.Has("cognitive_decline") && !Altered(c) {
		add("psychiatry", "cognitive decline: memory service")
	}
	// distress, hallucinations, agitation or wandering in a person with
	// dementia: old-age psychiatry, non-drug care first (NICE NG97 1.7)
	if c.Has("baseline_confusion") && (c.HasAny("agitation", "psychosis") || dementiaBehaviourRx.MatchString(clinical.Fold(c.Text))) {
		add("psychiatry", "behavioural and psychological symptoms of dementia")
	}
	// a raised blood pressure found at a check, or a lipid disorder at a
	// review: cardiovascular risk (NICE NG136, NG238)
	if sbp >= 140 && (c.Has("routine") || len(Complaints(c)) == 0 || c.Has("hypertension")) {
		add("cardiology", "raised blood pressure: cardiovascular risk review")
	}
	if ldl, ok := c.LabValue("ldl"); (c.Has("hyperlipidemia") || ok && ldl >= 160) && (c.Has("routine") || len(Complaints(c)) == 0) {
		add("cardiology", "lipid disorder: cardiovascular risk review")
	}
	if c.Has("sexual_assault") {
		add("obstetrics_gynecology", "sexual assault: emergency contraception and examination")
		add("infectious_disease", "sexual assault: HIV post-exposure and STI prophylaxis")
		add("psychiatry", "sexual assault: psychological first aid and follow-up")
	}
	// a follow-up with no complaint of a treated mental-health condition
	if len(Complaints(c)) == 0 && (c.Hx("depression") || c.Hx("anxiety") || c.Hx("mental_illness")) && (c.OnClass("ssri") || c.OnClass("snri") || c.OnClass("antidepressant") || c.OnClass("tca")) {
		add("psychiatry", "follow-up of a treated mental-health condition")
	}
	if c.Has("sexual_health") {
		add("infectious_disease", "HIV prevention and sexual-health screening")
	}
	// a mechanical valve whose warfarin has gone wrong (bleeding, an INR
	// off target, an interacting drug): the valve's target INR and any
	// bridging are the cardiologist's (ESC/EACTS 2021 valvular guideline)
	if c.OnClass("vka") && mechanicalValveRx.MatchString(clinical.Fold(c.Text)) {
		inr, hasINR := c.LabValue("inr")
		if c.HasAny("bleeding", "major_bleeding", "bruising", "epistaxis", "hematuria", "melena") || hasINR && (inr > 4.5 || inr < 2) || alertOnClass("vka") {
			add("cardiology", "mechanical valve with an anticoagulation problem")
		}
	}
	// iron-deficiency anaemia in a man or a woman past the menopause is
	// investigated for a bowel cause (NICE NG12; BSG 2021)
	if ironDeficiency(c) && (c.Sex == "male" || c.AgeOr(0) >= 50) {
		add("gastroenterology", "iron-deficiency anaemia: investigate the gut")
	}
	if c.HasAny("sti_positive", "malaria", "tb_suspected") || has("blood_streaked_sputum") && c.HasAny("weight_loss", "night_sweats") {
		add("infectious_disease", "infection needing specific treatment or public-health notification")
	}
	// Infectious disease.
	t, hasT := val(v.TemperatureC)
	if c.Has("dengue") {
		add("infectious_disease", "arboviral infection")
	}
	if c.HasAny("zoster", "ophthalmic_zoster") {
		add("infectious_disease", "herpes zoster: antiviral treatment")
	}
	if has("leprosy_reaction") {
		add("infectious_disease", "leprosy reaction: corticosteroid and multidrug therapy continued")
		add("neurology", "leprosy neuritis: nerve function assessment")
	}
	if has("organophosphate_exposure") || has("cholinergic_crisis") || has("toxic_inhalation") {
		add("emergency_medicine", "poisoning or toxic inhalation: decontamination and observation")
	}
	if has("toxic_inhalation") {
		add("pulmonology", "toxic inhalation: delayed pneumonitis and airway injury")
	}
	if has("open_fracture_digit") || has("tendon_rupture") {
		add("orthopedics", "hand injury: washout and repair")
	}
	if has("bartholin_abscess") || has("colposcopy_referral") || has("hmb_anaemia") || c.Has("pep_needed") && c.Female() {
		add("obstetrics_gynecology", "gynaecological or sexual-health care")
	}
	// the breast, a prolapse, leaking urine, the menopause and its
	// hormones: the gynaecology and breast clinic (the contract names no
	// breast surgeon)
	if c.Female() && womensHealthRx.MatchString(clinical.Fold(c.Text)) || has("ovarian_cancer_suspected") || has("ovarian_cancer_effusion") || has("breast_imaging_suspicious") {
		add("obstetrics_gynecology", "breast, pelvic floor or menopause care")
	}
	if has("ovarian_torsion") || has("emergency_contraception") {
		add("obstetrics_gynecology", "gynaecological care: ovary, contraception")
	}
	if has("neurosyphilis") {
		add("infectious_disease", "syphilis: IV benzylpenicillin")
		add("neurology", "neurosyphilis: lumbar puncture")
	}
	if has("strangulation_high_risk") || has("strangulation") {
		add("radiology", "strangulation: CT angiography of the neck vessels")
	}
	if has("icd_storm") || has("icd_shock") || has("pacing_failure") || has("pacing_problem") || has("device_infection") || has("device_battery") || has("mechanical_valve_subtherapeutic") || has("stable_angina") {
		add("cardiology", "cardiac device, valve or angina care")
	}
	if has("device_infection") {
		add("infectious_disease", "device infection: cultures and prolonged antibiotics")
	}
	// a testis, stone or prostate in an adult: urology, which the kidney
	// and urinary tract team stands for in the contract
	if c.Has("testicular") && !c.Female() && !c.IsChild() || has("psa_raised") {
		add("nephrology", "testis or prostate: urology (kidney and urinary tract team)")
	}
	// painless visible blood in the urine at 45 or over is a cancer until
	// a CT urogram and cystoscopy say otherwise (NICE NG12)
	if c.Has("hematuria") && c.AgeOr(40) >= 45 && !c.HasAny("dysuria", "renal_colic", "flank_pain", "fever") && !c.IsChild() || has("psa_raised") {
		add("radiology", "visible haematuria at 45 or over, or a raised PSA: CT urogram or prostate MRI (NICE NG12)")
	}
	// flags that always bring a given team in
	for _, r := range flagRoutes {
		if has(r.flag) {
			add(r.specialty, r.reason)
		}
	}
	if has("neuroleptic_malignant") || has("parkinsonism_hyperpyrexia") || c.Has("arm_weakness") || has("acute_cord_syndrome") || has("decompression_illness") {
		add("neurology", "rigidity with fever, or a one-sided weakness")
	}
	// antibiotics given through a vein at home or in a day unit (OPAT) are
	// run by an infection team: levels, bloods and line problems go back
	// to it (BSAC OPAT good practice recommendations 2019)
	if opatRx.MatchString(clinical.Fold(c.Text)) && (c.OnClass("antibiotic") || antibioticWordRx.MatchString(clinical.Fold(c.Text))) {
		add("infectious_disease", "outpatient IV antibiotic therapy (OPAT) is run by the infection team")
	}
	// feeding through a gastrostomy or a nasal tube is the nutrition and
	// gastroenterology team's (ESPEN 2019 home enteral nutrition)
	if enteralRx.MatchString(clinical.Fold(c.Text)) {
		add("gastroenterology", "enteral tube feeding: the nutrition team")
	}
	// coughing on drinks or a wet voice after a stroke or in Parkinson's
	// or motor neurone disease is that disease's swallow (RCP stroke
	// guideline 2023; NICE NG71)
	if (c.Has("dysphagia") || aspirationSignRx.MatchString(clinical.Fold(c.Text))) && (c.HasAny("parkinson_disease", "stroke_event") || c.Hx("stroke_event") || neuroSwallowRx.MatchString(clinical.Fold(c.Text))) {
		add("neurology", "a neurological disease's swallow")
	}
	// drug and alcohol services sit with psychiatry (NICE CG115, CG52)
	if addictionServiceRx.MatchString(clinical.Fold(c.Text)) || c.OnAnyDrug("acamprosate", "disulfiram", "naltrexone") {
		add("psychiatry", "drug and alcohol service care")
	}
	if has("extravasation") && c.OnDrug("amiodarone") {
		add("cardiology", "amiodarone needs new access or an oral plan")
	}
	if c.Has("back_pain") && sciaticaRx.MatchString(clinical.Fold(c.Text)) {
		add("orthopedics", "sciatica: spinal assessment")
	}
	// an infection in someone on transplant immunosuppression: the
	// infection team chooses around the drug interactions
	if c.HasAny("kidney_transplant", "liver_transplant") && (c.HasAny("fever", "pneumonia", "uti_signs", "cellulitis") && !c.Denied("fever") || c.OnClass("antifungal")) {
		add("infectious_disease", "infection on transplant immunosuppression")
	}
	if has("incidental_vte") {
		add("pulmonology", "venous thromboembolism: anticoagulation and follow-up")
	}
	if c.Has("eczema_herpeticum") {
		add("infectious_disease", "eczema herpeticum: systemic aciclovir")
	}
	if has("ludwig_angina") || has("deep_neck_infection") && hasT && t >= 38 {
		add("infectious_disease", "deep neck space infection: IV antibiotics")
	}
	if has("presumptive_tb") {
		add("infectious_disease", "presumptive tuberculosis: sputum, chest X-ray, HIV test and notification")
		add("pulmonology", "presumptive tuberculosis: chest imaging")
		add("radiology", "presumptive tuberculosis: chest X-ray")
	}
	if has("rabies_exposure") {
		add("infectious_disease", "rabies post-exposure prophylaxis")
	}
	if has("pep_window") || c.HasAny("tetanus", "viral_hepatitis") || has("tick_borne_fever") {
		add("infectious_disease", "HIV prophylaxis, tetanus or viral hepatitis")
	}
	if c.Has("viral_hepatitis") {
		add("gastroenterology", "viral hepatitis: liver follow-up")
	}
	// the vaccine-preventable diseases are notified and their contacts
	// protected by the infection team (UKHSA; Ministério da Saúde)
	if vaccinePreventableRx.MatchString(clinical.Fold(c.Text)) && !c.Has("routine") || has("mumps_orchitis") || has("newborn_hbv_exposure") {
		add("infectious_disease", "a vaccine-preventable infection: treatment, notification and contacts")
	}
	if has("mumps_orchitis") {
		add("radiology", "scrotal Doppler to exclude torsion")
	}
	if c.Has("tetanus") {
		add("neurology", "tetanus: spasms and autonomic instability")
	}
	if has("perianal_abscess") {
		add("gastroenterology", "perianal abscess: colorectal drainage")
	}
	if c.Has("chronic_resp") {
		add("pulmonology", "pertussis or sleep-disordered breathing")
	}
	if c.Has("gyn_repro") && c.Sex != "male" {
		add("obstetrics_gynecology", "fertility, genital or menstrual-product problem")
	}
	if ca, ok := c.LabValue("calcium"); ok && ca > 10.5 || has("hypoglycaemia_sulfonylurea") || has("hypoglycaemia") {
		add("endocrinology", "calcium or glucose disorder")
	}
	if c.Has("leg_edema") && !c.IsChild() {
		add("cardiology", "ankle swelling: cardiac cause to weigh")
	}
	if has("acute_hepatitis_severe") && !c.OnClass("hepatotoxic") {
		add("infectious_disease", "acute hepatitis: viral serology")
	}
	if has("diabetic_foot_infection") || has("wound_infection") {
		add("infectious_disease", "deep or surgical-site infection: culture-guided antibiotics")
	}
	if has("diabetic_foot_infection") {
		add("endocrinology", "diabetic foot: glycaemic control and foot team")
	}
	if has("wound_infection") && (c.Pregnant || c.Has("postpartum")) {
		add("obstetrics_gynecology", "infected caesarean or perineal wound")
	}
	if has("leptospirosis") || has("leptospirosis_severe") || has("leptospirosis_weil") {
		add("infectious_disease", "suspected leptospirosis: antibiotics and notification")
	}
	if c.HasAny("chagas", "leishmaniasis", "endemic_mycosis") {
		add("infectious_disease", "Chagas disease, leishmaniasis or an endemic mycosis: specific treatment (Ministério da Saúde)")
	}
	if c.Has("chagas") {
		add("cardiology", "Chagas disease: ECG and echocardiogram for the cardiomyopathy (SBC 2023)")
	}
	if c.Has("endemic_mycosis") || c.Has("tb_suspected") && pulmonaryRx.MatchString(clinical.Fold(c.Text)) {
		add("pulmonology", "pulmonary tuberculosis or mycosis: chest follow-up")
	}
	// a rash, or a sore that will not heal, after time in the tropics:
	// arboviruses, leishmaniasis and the other imported infections
	// (CDC Yellow Book 2024, post-travel evaluation)
	if c.Has("travel") && (c.Has("rash") || nonHealingRx.MatchString(clinical.Fold(c.Text))) {
		add("infectious_disease", "rash or a non-healing sore after travel: imported infection")
	}
	if c.HasAny("scabies", "lyme", "helminth") {
		add("infectious_disease", "parasitic or tick-borne infection: specific treatment and contacts")
	}
	if r.Infection && (c.Has("fever") || (hasT && t >= 38) || c.HasAny("pneumonia", "cellulitis", "meningitis", "sepsis", "necrotizing")) ||
		hasPrefix("sepsis") || has("meningococcal") || has("fever_travel") || has("pyelonephritis") || c.Has("immunosuppressed") && c.Has("fever") {
		add("infectious_disease", "suspected infection")
	}
	if c.Has("travel_medicine") {
		add("infectious_disease", "travel medicine: vaccines and prophylaxis")
	}
	for _, al := range res.Alerts {
		if al.Kind == "allergy" {
			for _, d := range al.Drugs {
				if dd, ok := clinical.DrugByName(d); ok && dd.HasClass("antibiotic") {
					add("infectious_disease", "antibiotic choice with an allergy conflict")
				}
			}
		}
	}
	// Nephrology.
	cr, hasCr := c.LabValue("creatinine")
	k, hasK := c.LabValue("potassium")
	na, hasNa := c.LabValue("sodium")
	if (hasCr && cr >= 1.5) || (hasK && (k >= 5.5 || k < 3.0)) || (hasNa && (na <= 130 || na >= 150)) || c.HasAny("renal_colic", "oliguria", "hematuria", "ckd", "urinary_retention") || c.Hx("renal_colic") ||
		has("lithium_toxicity") || has("lithium_toxicity_severe") || (c.Has("flank_pain") && !c.Has("back_pain")) || has("rhabdomyolysis") || c.Has("toxic_alcohol") || c.Has("nephrotic") {
		add("nephrology", "renal, electrolyte or urinary problem")
	}
	// Psychiatry.
	psychDrugAlert := false
	for _, cl := range psychotropic {
		if c.OnClass(cl) && (alertOnClass(cl) || hasPrefix("lithium_") || hasPrefix("serotonin_")) {
			psychDrugAlert = true
		}
	}
	if c.HasAny("suicidal", "suicide_passive", "suicide_plan", "suicide_means", "trauma_stress", "antidepressant_review", "ocd", "catatonia", "psychosis", "depression", "insomnia", "mania", "homicidal", "eating_disorder", "withdrawal", "overdose", "mental_illness", "alcohol_help", "alcohol_withdrawal", "adhd", "substance_use", "self_harm_act", "stimulant_use") || c.Has("opioid_toxidrome") && (Altered(c) || c.Has("unresponsive")) ||
		c.OnClass("antipsychotic") || c.OnDrug("lithium") ||
		(c.Has("anxiety") && !c.HasAny("airway", "tracheal_deviation")) || (c.Has("agitation") && !Altered(c)) || psychDrugAlert || hasPrefix("serotonin_") || has("nms") {
		add("psychiatry", "mental-health problem or psychotropic drug safety")
	}
	// Obstetrics and gynaecology.
	if c.Pregnant || c.HasAny("postpartum", "reduced_fetal_movements", "rom", "preeclampsia", "ectopic", "gynecology", "menopause") ||
		(c.Female() && c.HasAny("vaginal_bleeding", "pelvic_pain", "missed_period")) {
		add("obstetrics_gynecology", "pregnancy or gynaecological problem")
	}
	// an athlete's pre-participation check with an ECG read is the
	// sports cardiologist's (ESC 2020 sports cardiology; AHA 14-point)
	if preParticipationRx.MatchString(clinical.Fold(c.Text)) && !c.IsChild() && ecgReadRx.MatchString(clinical.Fold(c.Text)) {
		add("cardiology", "pre-participation screening with an ECG")
	}
	// Orthopaedics.
	limbInjury := c.Has("injury") && c.HasAny("limb", "joint_pain", "non_weight_bearing", "bony_tenderness", "fracture", "deformity", "bears_weight", "back_pain")
	// a cut, a bite or a crushed nail of the hand is the hand surgeons'
	handInjury := (c.HasAny("laceration", "animal_bite") || subungualRx.MatchString(clinical.Fold(c.Text))) && handWordRx.MatchString(clinical.Fold(c.Text))
	if c.HasAny("back_pain", "joint_pain", "fracture", "deformity", "hot_joint", "podagra", "cauda_equina", "hip_fracture_sign", "osteoporosis", "pulled_elbow", "tendon_rupture", "msk_soft_tissue", "carpal_tunnel", "limp", "polymyalgia", "torticollis") || has("septic_arthritis_child") || has("scfe") || limbInjury || handInjury || has("chest_wall_pain") ||
		(c.Has("orthopedic_surgery") && c.Has("recent_surgery")) {
		add("orthopedics", "musculoskeletal problem")
	}
	// the injuries of sport and training told without a joint or a
	// fracture: a pulled hamstring, shin splints, a runner's knee, a
	// return to play after ligament surgery
	if !has("rhabdomyolysis") && sportsMskRx.MatchString(clinical.Fold(c.Text)) {
		add("orthopedics", "sports injury or overuse")
	}
	// a fall from height or a crush is a fracture team's injury too
	if has("major_trauma") && fallCrushRx.MatchString(clinical.Fold(c.Text)) {
		add("orthopedics", "fall from height or crush: fractures and compartments")
	}
	if has("high_pressure_injection") {
		add("orthopedics", "high-pressure injection injury: hand surgery")
	}
	if has("bite_infected_or_hand") {
		add("orthopedics", "bite to the hand: exploration of tendon and joint")
		add("infectious_disease", "bite wound infection: antibiotic choice")
	}
	// The contract has no ophthalmology team: a sight-threatening eye
	// presentation is referred on by the generalist, also from the ED.
	if has("acute_angle_closure") || has("retinal_detachment") || has("microbial_keratitis") || has("red_eye_vision") {
		add("general_medicine", "eye emergency: same-day ophthalmology referral")
		// (out of hours the eye casualty is reached through the ED)
		add("emergency_medicine", "sight-threatening eye presentation: same-day slit-lamp assessment")
	}
	if has("microbial_keratitis") {
		add("infectious_disease", "microbial keratitis: corneal scrape and intensive topical antimicrobials")
	}
	// Hints from the submitting clinician are honoured.
	for _, h := range c.Hints {
		if casemodel.Contains(casemodel.Specialties, h) {
			add(h, "requested by the submitting clinician")
		}
	}
	if len(r.Routing) == 0 {
		add("general_medicine", "default")
	}
	_ = age
	out := make([]string, 0, len(r.Routing))
	for s := range r.Routing {
		out = append(out, s)
	}
	order := map[string]int{}
	for i, s := range casemodel.Specialties {
		order[s] = i
	}
	sort.Slice(out, func(i, j int) bool { return order[out[i]] < order[out[j]] })
	return out
}

// lowGlucoseAny reports a glucose below 70 mg/dL among all values, earlier
// ones included (a hypoglycaemia corrected before the visit).
// ironDeficiency: a low haemoglobin with a low ferritin (the lab table
// has no MCV).
func ironDeficiency(c *clinical.Case) bool {
	hb, ok := c.LabValue("hemoglobin")
	if !ok || hb >= 11 {
		return false
	}
	f, ok := c.LabValue("ferritin")
	return ok && f < 30
}

func lowGlucoseAny(c *clinical.Case) bool {
	for _, l := range c.Labs {
		if l.Analyte == "glucose" && l.Value < 70 {
			return true
		}
	}
	return false
}

// prescriberRx: a named specialist who prescribes or follows the patient.
var prescriberRx = []struct {
	specialty string
	rx        *regexp.Regexp
}{
	{"cardiology", regexp.MustCompile(`\bcardiolog(ist|ista|o|a)\b`)},
	{"neurology", regexp.MustCompile(`\bneurolog(ist|ista|o|a)\b`)},
	{"endocrinology", regexp.MustCompile(`\bendocrin(ologist|ologista|o)\b`)},
	{"psychiatry", regexp.MustCompile(`\b(psychiatrist|psiquiatra)\b`)},
	{"nephrology", regexp.MustCompile(`\b(nephrologist|nefrologista|renal (team|physician))\b`)},
	{"infectious_disease", regexp.MustCompile(`\b(infectologista|infectious diseases? (doctor|physician|specialist|team|clinic)|hiv (clinic|doctor|team))\b`)},
}

// fallCrushRx: a fall from height or a crush as the mechanism.
var fallCrushRx = regexp.MustCompile(`\b(fell|fall|fallen|queda|caiu)\b|\b(pinned|trapped|crush\w*|esmagad[oa]|prensad[oa])\b`)

// sportsMskRx: the muscle, tendon and overuse injuries of sport and
// training.
var sportsMskRx = regexp.MustCompile(`\b((hamstring|quadriceps|quads?|calf|groin|adductor|isquiotibia\w*|posterior da coxa|panturrilha) (\w+ )?(strain|tear|pull|injury|distensao|lesao|estiramento)|(pulled|strained|tore|torn) (a |my |his |her )?(hamstring|calf|groin|quad\w*|muscle)|(distensao|estiramento|lesao) muscular|muscle (strain|tear)|shin splints|canelite|medial tibial stress|periostite tibial|patellofemoral|runner'?s knee|(front|anterior) (of )?(both |the |his |her |my )?knees?|dor anterior (no|do|nos) joelhos?|anterior cruciate|\bacl (reconstruction|tear|rupture|injury|repair)|ligamento cruzado|return to (play|sport|soccer|football|running|training)|retorno (ao esporte|aos treinos|ao futebol)|\bdoms\b|delayed.onset muscle soreness|dor muscular (tardia|de inicio tardio)|dor muscular [^.;]{0,80}(apos|depois d[ao]) (\w+ ){0,3}(treino|aula|exercicio|academia|crossfit)|muscle (soreness|aches?|pain) (\w+ ){0,3}after (\w+ ){0,3}(workout|training|gym|exercise|session|crossfit)|stress fracture|fratura por estresse|biceps femoris|(back|posterior) of the (left |right )?thigh|medial calcaneal|heel pain|dor no calcanhar|talalgia)\b`)

// thyroidWorkupRx: the labs of a thyroid work-up beside a TSH.
var thyroidWorkupRx = regexp.MustCompile(`\b(free t4|ft4|t4 livre|t4l|anti.?tpo|tpo antibod\w*|thyroid peroxidase|antitireoperoxidase)\b`)

// labNames: the folded names of every lab given, one per line.
func labNames(c *clinical.Case) string {
	if c.Input == nil {
		return ""
	}
	var b strings.Builder
	for _, l := range c.Input.Labs {
		b.WriteString(clinical.Fold(l.Name))
		b.WriteByte('\n')
	}
	return b.String()
}

// preParticipationRx: a sports pre-participation check; ecgReadRx: an
// ECG read in the note.
var (
	preParticipationRx = regexp.MustCompile(`\b(pre.?participation|pre.?season (screening|check|medical)|sports (medical|clearance|physical)|avaliacao pre.?participacao|exame pre.?participacao|atestado (medico )?para (atividade fisica|esporte))\b`)
	ecgReadRx          = regexp.MustCompile(`\b(ecg|ekg|electrocardiogra\w*|eletrocardiogra\w*)\b`)
)

// chronicLungRx: the chest clinic's long-term conditions; lungClotRx: a
// clot in the lungs, not only in a leg.
var (
	chronicLungRx = regexp.MustCompile(`\b(cystic fibrosis|fibrose cistica|sarcoid\w*|lofgren|bronchiectas\w*|bronquiectasia\w*|interstitial lung|pulmonary fibrosis|fibrose pulmonar|\bipf\b|\bild\b|home (niv|ventilat\w*|oxygen)|non.?invasive ventilation|ventilacao nao invasiva|\bbipap\b|oxigenoterapia domiciliar|ltot)\b`)
	lungClotRx    = regexp.MustCompile(`\b(pulmonary embol\w*|\bpe\b|embolia pulmonar|\btep\b|clot (in|on) (the |his |her |my )?lungs?|coagulo no pulmao)\b`)
)

// endocrineCrisisRx: a pituitary or adrenal emergency named in the text.
// endocrineClueRx: the words of a pituitary or adrenal disorder;
// gttRx: a glucose tolerance test
var (
	endocrineClueRx = regexp.MustCompile(`\b(prolactin\w*|prolactina|galactorr\w*|sai leite (do|dos) (peito|seios?|mamilos?)|(headache|dor de cabeca|cefaleia)[^.;]{0,60}(sweat\w*|suor|sudorese)[^.;]{0,60}(palpitat\w*|heart (racing|pounding)|coracao disparado|taquicardia)|transsphenoidal|transesfenoidal|metanephrin\w*|metanefrin\w*|cushing\w*|acromegal\w*)\b`)
	gttRx           = regexp.MustCompile(`\b(glucose tolerance|ogtt|gtt|tolerancia (a|à) glicose|totg|curva glicemica)\b`)
)

var endocrineCrisisRx = regexp.MustCompile(`\b(pituitary (apoplexy|adenoma|macroadenoma|tumou?r)|apoplexia hipofisaria|ph(a)?eochromocytoma|feocromocitoma|paraganglioma|adrenal (crisis|insufficiency)|crise adrenal|insuficiencia adrenal|addison\w*)\b`)
