// Paravirtual NIC drivers that exist only inside one hypervisor's guests. Emulated models
// (e1000 82540EM, rtl8139) also exist as real hardware and prove nothing on their own.
// Driver names as the kernel registers them: drivers/net/vmxnet3 (vmxnet3),
// drivers/net/hyperv/netvsc_drv.c (hv_netvsc), drivers/net/virtio_net.c (virtio_net).
import type { VendorId } from '../catalog/vendors';

export const PARAVIRTUAL_DRIVERS: Readonly<Record<string, VendorId>> = {
  vmxnet3: 'vmware',
  hv_netvsc: 'hyperv',
  virtio_net: 'kvm',
};
