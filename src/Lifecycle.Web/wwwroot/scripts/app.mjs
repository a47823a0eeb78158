// GOV.UK Frontend v6 styles its JavaScript-enhanced components only once the body says it is supported.
import { initAll } from '/js/govuk-frontend.min.js'

document.body.classList.add('js-enabled', 'govuk-frontend-supported')
initAll()
