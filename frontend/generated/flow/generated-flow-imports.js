import '@vaadin/card/src/vaadin-card.js';
import '@vaadin/login/src/vaadin-login-form.js';
import '@vaadin/select/src/vaadin-select.js';
import 'Frontend/generated/jar-resources/selectConnector.js';
import '@vaadin/tooltip/src/vaadin-tooltip.js';
import 'Frontend/generated/jar-resources/flow-component-renderer.js';
import 'Frontend/generated/jar-resources/flow-component-directive.js';
import 'Frontend/generated/jar-resources/lit-renderer.ts';
import '@vaadin/notification/src/vaadin-notification.js';
import '@vaadin/app-layout/src/vaadin-app-layout.js';
import '@vaadin/vertical-layout/src/vaadin-vertical-layout.js';
import '@vaadin/app-layout/src/vaadin-drawer-toggle.js';
import '@vaadin/button/src/vaadin-button.js';
import 'Frontend/generated/jar-resources/disableOnClickFunctions.js';
import '@vaadin/horizontal-layout/src/vaadin-horizontal-layout.js';
import '@vaadin/side-nav/src/vaadin-side-nav.js';
import '@vaadin/side-nav/src/vaadin-side-nav-item.js';
import '@vaadin/icons/vaadin-iconset.js';
import '@vaadin/icon/src/vaadin-icon.js';
import 'Frontend/generated/jar-resources/menubarConnector.js';
import 'Frontend/generated/jar-resources/contextMenuConnector.js';
import '@vaadin/menu-bar/src/vaadin-menu-bar.js';
import '@vaadin/context-menu/src/vaadin-context-menu.js';
import 'Frontend/generated/jar-resources/contextMenuTargetConnector.js';
import '@vaadin/dialog/src/vaadin-dialog.js';
import '@vaadin/password-field/src/vaadin-password-field.js';
import '@vaadin/form-layout/src/vaadin-form-layout.js';
import '@vaadin/form-layout/src/vaadin-form-item.js';
import '@vaadin/form-layout/src/vaadin-form-row.js';
import '@vaadin/common-frontend/ConnectionIndicator.js';
import 'Frontend/generated/jar-resources/ReactRouterOutletElement.tsx';

const loadOnDemand = (key) => {
  const pending = [];
  if (key === '0985fb296d5d05cad5aac1c9a025d1ab6dc74151c80cdfc22c42cae0699619c2') {
    pending.push(import('./chunks/chunk-e5be67e695893e67528423475f2b916c63a859d1cc840d715a32dd3afc188fb0.js'));
  }
  if (key === '5e338036f94480b7da941ec81b9998c1bb8adcb149f21d90dc86df6dbd765b8e') {
    pending.push(import('./chunks/chunk-a97927b32a975a2d8e1c4236b921d6be6cdf6f8aa38554b70807aac420484491.js'));
  }
  if (key === 'bc98deb4c37dbacc11c943dbc550e13f53c6317581bc33b6e4a3e9fb8a5a13f8') {
    pending.push(import('./chunks/chunk-11ef1dd2512c84d5920b11ed10368c8a6f9fe9a4676687cb9ea4b1fe869a6a74.js'));
  }
  return Promise.all(pending);
}

window.Vaadin = window.Vaadin || {};
window.Vaadin.Flow = window.Vaadin.Flow || {};
window.Vaadin.Flow.loadOnDemand = loadOnDemand;
window.Vaadin.Flow.resetFocus = () => {
 let ae=document.activeElement;
 while(ae&&ae.shadowRoot) ae = ae.shadowRoot.activeElement;
 return !ae || ae.blur() || ae.focus() || true;
}