package triage

import (
	"regexp"

	"github.com/agnomedical/agno/appliance/agents/clinical"
)

// Chemical, electrical and industrial injuries: the voltage and the path
// of a shock, hydrofluoric acid and its hidden hypocalcaemia, a
// hydrocarbon swallowed while siphoning, and the follow-up visits after a
// burn, a gas or a carbon monoxide poisoning that has healed. Burns by
// size, caustic eyes and toxic gases with breathing symptoms are graded
// with the presentations; sources are in each comment.

var (
	// highVoltageRx: a high-voltage source or lightning
	highVoltageRx = regexp.MustCompile(`\b(high.?voltage|alta tensao|\d+([.,]\d+)? ?kv|([1-9]\d{3,}) ?(v|volts?)\b|lightning|raio|power ?lines?|overhead (cable|line)|linha de (transmissao|alta tensao)|rede (eletrica )?de alta|substation|subestacao)`)
	// shockRiskRx: what makes a low-voltage shock more than an advice
	// call: current across the chest, a tetanic hold, a burn, a changed ECG
	shockRiskRx = regexp.MustCompile(`\b(hand.to.hand|across the chest|(couldn'?t|could not|unable to) let go|nao conseguiu (se )?soltar|entry (and|or) exit|(entry|exit) (wound|burn|site|mark)|(burn|burns|burnt|queimadura) (\w+ ){0,3}(hand|palm|foot|feet|mao|pe)|(ecg|ekg|eletrocardiograma) (\w+ ){0,3}(abnormal|changes?|arrhythmi\w*|af\b|fibrillation|ectopics?|alterad\w*|arritmia)|wet (hands|floor|bathroom|skin))\b`)
	// hfAcidRx and hfSevereRx: hydrofluoric acid, and the concentration
	// or extent that makes systemic fluoride toxicity likely
	hfAcidRx   = regexp.MustCompile(`\b(hydrofluoric|\bhf\b (acid|burn|exposure|splash)|acido fluoridrico|acido fluorídrico|fluoridric\w*)\b`)
	hfSevereRx = regexp.MustCompile(`\b([5-9]\d|100) ?% (\w+ ){0,2}(hydrofluoric|hf\b|acido fluoridrico)|(hydrofluoric|\bhf\b|acido fluoridrico) (\w+ ){0,3}([5-9]\d|100) ?%|([2-9]|[1-9]\d)([.,]\d)? ?% (\w+ ){0,3}(body surface|bsa|tbsa|superficie corporal)|qtc (\w+ ){0,2}(5\d\d|[6-9]\d\d)|chvostek|tetany|tetania`)
	// hydrocarbonRx: a petroleum product swallowed or siphoned
	hydrocarbonRx = regexp.MustCompile(`\b(diesel|petrol|gasoline|kerosene|paraffin|lamp oil|lighter fluid|white spirit|turpentine|siphon\w*|gasolina|querosene|oleo diesel|aguarras|thinner|solvente)\b`)
	// recoveredRx: a follow-up once the problem has passed
	recoveredRx = regexp.MustCompile(`\b(back to normal|fully recovered|feels (back to )?(well|normal|fine)|(cough|wheeze|symptoms?) (has |have )?(gone|resolved|settled)|(now )?(asymptomatic|symptom.free)|no (symptoms|headache|cough)|sem (sintomas|queixas|dor)|assintomatic[oa]|recuperad[oa])\b`)
	// healedBurnRx: a burn that has healed over
	healedBurnRx = regexp.MustCompile(`\b(healed|fully epitheliali[sz]ed|re.?epitheliali[sz]ed|epitelizad[oa]|cicatrizad[oa]|completamente fechad[oa])\b`)
)

func (a *assessor) workInjuries() {
	c := a.c
	t := clinical.Fold(c.Text)
	U, NU, E := Urgent, NonUrgent, Emergency
	fl := func(l int, code, en, pt string) { a.flag(l, "presentation", code, clinical.T(en, pt)) }
	// Electrical injury: high voltage or lightning is an emergency (deep
	// muscle damage, arrhythmia, compartment syndrome, rhabdomyolysis); a
	// low-voltage shock with a loss of consciousness, chest pain,
	// palpitations, a burn, a current across the chest or a changed ECG,
	// or in pregnancy (the current may cross the uterus: fetal
	// monitoring), is seen the same day; a brief low-voltage jolt in
	// someone well with nothing of these needs advice only (ERC 2021
	// special circumstances; Waldmann et al., Ann Emerg Med 2017).
	if c.Has("electrical_injury") && c.DurationHours < 24*7 {
		switch {
		case affirmedMatch(highVoltageRx, t):
			fl(E, "electrical_high_voltage", "high-voltage or lightning injury: cardiac monitoring and assessment for deep tissue damage now (ERC 2021)", "lesão por alta tensão ou raio: monitorização cardíaca e avaliação de lesão profunda já (ERC 2021)")
		case c.Pregnant || c.Has("pregnancy") && c.Sex != "male":
			fl(U, "electrical_injury_pregnancy", "electric shock in pregnancy: same-day obstetric assessment with fetal monitoring", "choque elétrico na gestação: avaliação obstétrica com monitorização fetal no mesmo dia")
		case c.HasAny("syncope", "chest_pain", "palpitations", "burn") && !c.Denied("chest_pain") || affirmedMatch(shockRiskRx, t) || Altered(c):
			fl(U, "electrical_injury", "electric shock with a loss of consciousness, chest pain, a burn, a current across the chest or ECG changes: same-day ECG, monitoring and burns assessment (ERC 2021)", "choque elétrico com perda de consciência, dor torácica, queimadura, corrente pelo tórax ou ECG alterado: ECG, monitorização e avaliação de queimaduras no mesmo dia")
		default:
			fl(NU, "electrical_injury_minor", "a brief low-voltage shock in someone well, with no burn and nothing on the ECG: advice and review if symptoms appear", "choque de baixa tensão breve em pessoa bem, sem queimadura e sem alteração no ECG: orientação e retorno se houver sintomas")
		}
	}
	// Hydrofluoric acid: a concentrated splash, a burn over 1% of the
	// body, or signs of a low calcium (tetany, a long QTc) is systemic
	// fluoride toxicity that can stop the heart: calcium now; a dilute
	// splash of a fingertip, with its deep delayed pain, is treated with
	// calcium gel the same day (CDC NIOSH; TOXBASE).
	if hfAcidRx.MatchString(t) {
		if affirmedMatch(hfSevereRx, t) || calciumUnder(c, 2.0) {
			fl(E, "hydrofluoric_acid_systemic", "hydrofluoric acid, concentrated or over 1% of the body or with a low calcium: calcium and cardiac monitoring now (TOXBASE)", "ácido fluorídrico concentrado, acima de 1% da superfície corporal ou com cálcio baixo: cálcio e monitorização cardíaca já")
		} else {
			fl(U, "hydrofluoric_acid_burn", "a dilute hydrofluoric acid burn: calcium gluconate gel and observation the same day (TOXBASE)", "queimadura por ácido fluorídrico diluído: gel de gluconato de cálcio e observação no mesmo dia")
		}
	}
	// A petroleum product swallowed while siphoning, with a cough,
	// crackles or a low saturation, is a chemical pneumonitis: same-day
	// chest X-ray and observation for 6 hours or more (TOXBASE
	// hydrocarbons).
	if hydrocarbonRx.MatchString(t) && c.HasAny("cough", "choking", "crackles", "dyspnea") && !Altered(c) {
		fl(U, "hydrocarbon_aspiration", "a petroleum product swallowed with a cough or crackles: aspiration pneumonitis, chest X-ray and observation the same day (TOXBASE)", "derivado de petróleo engolido com tosse ou estertores: pneumonite aspirativa, radiografia e observação no mesmo dia")
	}
	// The follow-up of a burn that has healed, a gas exposure or a carbon
	// monoxide poisoning weeks ago, now well, is a routine review of the
	// return to work.
	if recoveredInjury(c) {
		fl(Routine, "injury_followup_recovered", "review weeks after a burn, a gas exposure or a carbon monoxide poisoning, now healed and well: routine", "revisão semanas após queimadura, inalação de gás ou intoxicação por monóxido de carbono, já recuperado: rotina")
	}
}

// recoveredInjury reports the follow-up of a toxic exposure or a burn
// weeks ago, now recovered, which the acute rules then leave alone.
func recoveredInjury(c *clinical.Case) bool {
	t := clinical.Fold(c.Text)
	return c.DurationHours >= 24*7 && (c.Has("burn") && affirmedMatch(healedBurnRx, t) || c.HasAny("toxic_inhalation", "co_poisoning") && affirmedMatch(recoveredRx, t)) && !c.HasAny("fever", "wound_infection", "dyspnea") && !Altered(c)
}

// RecoveredFollowUp reports a triage that found a follow-up visit after
// an injury or an exposure that has healed (a burn, a gas, carbon
// monoxide, a concussion, a buckle fracture), with nothing current: the
// validator holds the specialists there too, since their rules read the
// symptoms of the first visit told in the history.
func RecoveredFollowUp(r Result) bool {
	if r.Level > NonUrgent {
		return false
	}
	for _, code := range []string{"injury_followup_recovered", "concussion_recovered", "torus_fracture_healed"} {
		if r.HasFlag(code) {
			return true
		}
	}
	return false
}
