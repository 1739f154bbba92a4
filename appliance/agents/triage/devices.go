package triage

import (
	"regexp"

	"github.com/agnomedical/agno/appliance/agents/clinical"
)

// Heart devices and the weeks after a heart procedure: pacemaker and
// ICD pockets and leads, left-ventricular assist devices, the arterial
// puncture after an angiogram. Shocks, pacing failure, tamponade and
// stent thrombosis are graded with the presentations; sources are in
// each comment.

var (
	// cardiacDeviceRx: an implanted pacemaker, ICD or CRT device
	cardiacDeviceRx = regexp.MustCompile(`\b(pacemaker|pacemakers|icd|crt-?d|crt-?p|defibrillator|marca.?passo|cdi|cardiodesfibrilador|desfibrilador implantavel|ressincronizador)\b`)
	// pocketHaematomaRx: a tense or expanding swelling at the device pocket
	pocketHaematomaRx = regexp.MustCompile(`\b((pocket|loja) (\w+ ){0,3}(ha?ematoma|hematoma)|(tense|expanding|large|tenso|volumoso) (\w+ ){0,2}(pocket )?(ha?ematoma|hematoma)( (de|da|of the) (loja|pocket))?|(ha?ematoma|hematoma) (\w+ ){0,3}(loja|pocket|site of the (pacemaker|icd|device))|(inchaco|swelling) (\w+ ){0,3}(no |na |at the |over the )(local do |site of the )?(marca.?passo|pacemaker|icd|cdi|device|dispositivo))`)
	// pocketInfectionRx: a red, warm, discharging or eroded device pocket
	pocketInfectionRx = regexp.MustCompile(`\b((red\w*|warm\w*|swell\w*|swollen|discharg\w*|pus|purulen\w*|erosion|eroded|exposed|sinus|fluctuant|tender) (\w+ ){0,6}(over|at|around|of|from) (the )?(pacemaker|icd|device|generator|pocket)|(pacemaker|icd|device|generator) (pocket|site) (\w+ ){0,4}(red|warm|swollen|discharg\w*|pus|infect\w*|fluctuant|eroded|erosion)|(pocket|loja) (\w+ ){0,4}(infect\w*|infeccao|purulent\w*|fluctuant|erythematous|hiperemiad\w*|com secrecao|com pus)|(infeccao|infectad[oa]) (\w+ ){0,3}(loja|marca.?passo|cdi)|(exposed|visible) (hardware|generator|lead|wire))`)
	// leadDisplacementRx: hiccups or twitching in time with the heartbeat
	// after an implant (phrenic or diaphragm pacing)
	leadDisplacementRx = regexp.MustCompile(`\b(hiccups?|hiccough\w*|soluco\w*|(twitch\w*|contraction\w*|pulsation\w*|contracoes|tremores) (\w+ ){0,6}(in time with|with each|synchronous with|sincroni\w* com|a cada) (\w+ ){0,2}(heart ?beat|beat|pulse|paced beat|batimento)|lead (displacement|dislodg\w*|perforation)|deslocamento (do |de )?(eletrodo|cabo))`)
	// recentImplantRx: an implant days or weeks ago
	recentImplantRx = regexp.MustCompile(`\b(implant\w*|inserted|fitted|placed|box change|generator change|implantad[oa]|colocad[oa]|trocad[oa])\b[^.;]{0,30}\b(\d{1,2}|one|two|three|four|five|six|um|uma|dois|duas|tres) (days?|weeks?|dias?|semanas?) ago|\b(\d{1,2}|one|two|three|four|five|six) (days?|weeks?) (after|post|since) (\w+ ){0,2}(implant\w*|insertion)|\bha (\d{1,2}|um|uma|dois|duas|tres) (dias?|semanas?)`)
	// pumpThrombosisRx: the signs of a clot in the pump: power spikes,
	// haemolysis (a raised LDH, dark urine), high-power alarms
	pumpThrombosisRx = regexp.MustCompile(`\b(power (spike\w*|rose|rising|increase\w*|high)|high.power alarm\w*|ldh\b[^.;]{0,30}\b([1-9]\d{3}|\d{4,})|haemolys\w*|hemolys\w*|hemolis\w*|plasma free ha?emoglobin|(dark|cola|tea).colou?red urine|pump (thrombosis|clot))`)
	// lowFlowRx: a low-flow or pump-stop alarm, or a collapse on a VAD
	lowFlowRx = regexp.MustCompile(`\b(low.flow alarm\w*|low flow|pump (stop\w*|stopped|off)|no pump (sound|hum)|alarme de baixo fluxo)\b`)
	// drivelineRx: the driveline exit site inflamed or discharging
	drivelineRx = regexp.MustCompile(`\bdriveline\b[^.;]{0,80}\b(red\w*|pus|purulent|discharg\w*|infect\w*|tender|warm|swollen)\b|\b(red\w*|pus|purulent|discharg\w*|infect\w*) (\w+ ){0,4}(at |around |of )?(the )?driveline`)
	// pseudoaneurysmRx: a pulsatile lump at an arterial puncture site
	leadFaultRx      = regexp.MustCompile(`\b((lead )?impedanc[ei]a? (\w+ ){0,4}(jump\w*|rose|rise|risen|rising|high|elevad\w*|out of range|abnormal|subiu|aumentou)|lead (fracture|noise|failure|malfunction|fault)|non.?physiological (signals?|noise|detections?|intervals?)|(fratura|ruido|falha) (do|no|de) (eletrodo|cabo)|oversensing|loss of capture|perda de captura|failure to capture)\b`)
	pseudoaneurysmRx = regexp.MustCompile(`\b(pseudoaneurysm|pseudoaneurisma|(pulsatile|pulsating|pulsatil),? (\w+,? ){0,3}(mass|lump|swelling|massa|nodulo|tumoracao)|(mass|lump|swelling) (\w+ ){0,3}(pulsatile|pulsating)|(massa|nodulo|caroco|tumoracao|bola) (\w+ ){0,3}(pulsatil|que pulsa|pulsando)|bruit (\w+ ){0,4}(groin|femoral|puncture))`)
	// arterialAccessRx: a catheter through an artery days ago
	arterialAccessRx = regexp.MustCompile(`\b(angiogra\w*|angioplast\w*|cateterismo|catheteri[sz]ation|\bpci\b|stent\w*|femoral (artery |arterial )?(access|puncture|approach)|via (the )?(right |left )?femoral|acesso femoral|puncao femoral|tavi|ablation|ablacao)\b`)
)

func (a *assessor) heartDevices() {
	c := a.c
	t := clinical.Fold(c.Text)
	U := Urgent
	fl := func(l int, code, en, pt string) { a.flag(l, "presentation", code, clinical.T(en, pt)) }
	device := cardiacDeviceRx.MatchString(t)
	// A tense haematoma at a new device pocket (often on an
	// anticoagulant) can break down the wound and seed infection:
	// same-day review, hold the anticoagulant, consider evacuation
	// (EHRA 2020 consensus on CIED complications).
	if device && affirmedMatch(pocketHaematomaRx, t) {
		fl(U, "device_pocket_haematoma", "a haematoma at the pacemaker or ICD pocket: same-day review of the wound and the anticoagulant (EHRA 2020)", "hematoma na loja do marcapasso ou CDI: avaliação da ferida e do anticoagulante no mesmo dia (EHRA 2020)")
	}
	// A red, discharging or eroded pocket is a device infection: blood
	// cultures and planning of full system extraction, same day
	// (EHRA 2020 CIED infection consensus; AHA 2010).
	if device && affirmedMatch(pocketInfectionRx, t) {
		fl(U, "device_pocket_infection", "an infected pacemaker or ICD pocket: same-day blood cultures and planning of system extraction (EHRA 2020)", "infecção da loja do marcapasso ou CDI: hemoculturas e planejamento da extração do sistema no mesmo dia (EHRA 2020)")
	}
	// Hiccups or abdominal twitching in time with the heartbeat in the
	// weeks after an implant is phrenic or diaphragm pacing from a
	// displaced or perforating lead: same-day device check, X-ray and
	// echo for an effusion.
	if device && affirmedMatch(leadDisplacementRx, t) && recentImplantRx.MatchString(t) {
		fl(U, "lead_displacement", "hiccups or twitching in time with the heartbeat after a recent implant: suspected lead displacement, same-day device check and echo", "soluços ou contrações no ritmo do coração após implante recente: suspeita de deslocamento do eletrodo, avaliação do dispositivo e eco no mesmo dia")
	}
	// LVAD: a power spike with haemolysis is pump thrombosis, and a
	// low-flow or pump-stop alarm a failing pump — the VAD centre now;
	// a driveline infection is seen the same day (ISHLT 2013 MCS
	// guidelines; ISHLT 2023 update).
	if clinical.LVADRx.MatchString(t) {
		switch {
		case affirmedMatch(pumpThrombosisRx, t) || affirmedMatch(lowFlowRx, t):
			fl(Emergency, "lvad_pump_failure", "LVAD power spike with haemolysis, or a low-flow alarm: suspected pump thrombosis or failure, VAD centre now (ISHLT)", "LVAD com pico de potência e hemólise, ou alarme de baixo fluxo: suspeita de trombose ou falha da bomba, centro de VAD já")
		case c.Vitals.LVADDoppler != nil && *c.Vitals.LVADDoppler < 60:
			// a Doppler pressure under 60 is hypoperfusion: bleeding,
			// hypovolaemia, right-heart failure or a failing pump
			fl(Emergency, "lvad_low_map", "LVAD Doppler pressure under 60 mmHg: hypoperfusion, VAD centre now (ISHLT)", "pressão por Doppler abaixo de 60 mmHg em LVAD: hipoperfusão, centro de VAD já (ISHLT)")
		case affirmedMatch(drivelineRx, t):
			fl(U, "lvad_driveline_infection", "an inflamed or discharging LVAD driveline: same-day cultures and antibiotics with the VAD team (ISHLT)", "óstio do cabo do LVAD inflamado ou com secreção: culturas e antibiótico no mesmo dia com a equipe de VAD")
		}
	}
	// A pacemaker or ICD lead whose impedance jumps, that senses noise or
	// loses capture is failing: an ICD may shock for nothing or miss VF, a
	// pacemaker may stop pacing. Device clinic the same day (HRS 2017
	// lead management consensus; EHRA).
	if deviceWordRx.MatchString(t) && affirmedMatch(leadFaultRx, t) {
		fl(U, "lead_malfunction", "pacemaker or ICD lead fault (impedance jump, noise, loss of capture): same-day device clinic", "falha de eletrodo de marca-passo ou CDI (salto de impedância, ruído, perda de captura): clínica de dispositivos no mesmo dia")
	}
	// A pulsatile lump at the groin or wrist after an angiogram or a
	// stent is a false aneurysm: same-day duplex and thrombin injection
	// or repair (ESC 2018 revascularisation; SCAI).
	if affirmedMatch(pseudoaneurysmRx, t) && arterialAccessRx.MatchString(t) {
		fl(U, "access_pseudoaneurysm", "a pulsatile lump at an arterial puncture site: suspected false aneurysm, same-day duplex ultrasound", "massa pulsátil no local de punção arterial: suspeita de pseudoaneurisma, duplex no mesmo dia")
	}
}
